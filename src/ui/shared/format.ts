/** Small pure helpers for the popup's and the library's display: excerpts, dates, counts, file names. */
import type { HighlightColor } from "../../annotation/types";

/** Text cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 280): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** "1 annotation", "3 annotations". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * When something changed, short: "just now", "5 min ago", "today 14:05", "yesterday 09:12",
 * "3 Nov" this year, "3 Nov 2025" before. In the reader's time zone; `locale` for tests.
 */
export function formatWhen(iso: string, now: Date = new Date(), locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const ms = now.getTime() - d.getTime();
  if (ms >= 0 && ms < 60_000) return "just now";
  if (ms >= 0 && ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  const time = d.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
  if (sameDay(d, now)) return `today ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(d, yesterday)) return `yesterday ${time}`;
  return d.toLocaleDateString(locale, {
    day: "numeric",
    month: "short",
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: "numeric" }),
  });
}

/** The full date and time, for a tooltip. */
export function formatFull(iso: string, locale?: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleString(locale, { dateStyle: "long", timeStyle: "short" });
}

/** `sourcemark-2026-11-25.jsonld`: the local date, so the name matches the user's calendar. */
export function exportFileName(extension: string, now: Date = new Date(), suffix = ""): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `sourcemark-${day}${suffix ? `-${suffix}` : ""}.${extension}`;
}

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: "Yellow",
  green: "Green",
  blue: "Blue",
  pink: "Pink",
  purple: "Purple",
};

/** Splits what the user typed in a tag field into tags: commas separate, spaces don't. */
export function splitTags(input: string): string[] {
  return input
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Typed tags in the spelling already in use ("Disputed" → "disputed"), so one tag never splits in two. */
export function canonicalTags(typed: readonly string[], known: readonly string[]): string[] {
  const byLower = new Map<string, string>();
  for (const k of known) if (!byLower.has(k.toLowerCase())) byLower.set(k.toLowerCase(), k);
  return typed.map((t) => byLower.get(t.replace(/\s+/g, " ").trim().toLowerCase()) ?? t);
}

/** A URL safe to put in an href: http(s) only, else undefined (a stored `javascript:` URL must not become a link). */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
