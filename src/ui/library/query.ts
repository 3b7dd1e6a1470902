/**
 * The library's search box: one line of free words and `key:value` filters, e.g.
 *   tag:disputed site:example.com speaker:"Jane Doe" vaccine trial
 * parsed into a LibraryQuery. Pure, so it is unit-tested without a browser.
 *
 * Rules: keys are `tag`, `site` and `speaker` (any case); a value may be quoted to hold spaces.
 * The store filters by one tag, one site and one speaker, so the first of each wins; further
 * `tag:` and `speaker:` values still narrow the results as words (tags and speakers are part of
 * the text the store searches), further `site:` values are ignored. A key with no value (while
 * typing `tag:`) is ignored; unknown keys (`https://…`, `note:x`) are plain words.
 */
import { bareHost } from "../../anchoring/page-key";
import type { LibraryQuery } from "../../store/annotation-store";

export type QueryKey = "tag" | "site" | "speaker";
const KEYS: readonly QueryKey[] = ["tag", "site", "speaker"];

export interface Token {
  /** The filter's key, or null for a plain word or quoted phrase. */
  key: QueryKey | null;
  value: string;
}

const TOKEN = /(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/gy;
const SPACE = /\s+/y;

/** Splits the box into words, quoted phrases and `key:value` filters, in order. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    SPACE.lastIndex = i;
    if (SPACE.exec(input)) {
      i = SPACE.lastIndex;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(input);
    if (!m) break; // Cannot happen: \S+ matches any non-space.
    i = TOKEN.lastIndex;
    const rawKey = m[1]?.toLowerCase();
    const quoted = m[2];
    const bare = m[3];
    // `tag:` with nothing after it yet (the user is typing): ignore it.
    if (
      rawKey === undefined &&
      bare &&
      /^[A-Za-z]+:$/.test(bare) &&
      KEYS.some((k) => `${k}:` === bare.toLowerCase())
    )
      continue;
    const key = KEYS.find((k) => k === rawKey) ?? null;
    if (rawKey !== undefined && key === null) {
      // Not one of ours: keep the whole thing as a word (`note:x`, `https://…`).
      tokens.push({ key: null, value: `${m[1]}:${quoted ?? bare ?? ""}` });
      continue;
    }
    const value = (quoted ?? bare ?? "").replace(/\s+/g, " ").trim();
    if (value) tokens.push({ key, value });
  }
  return tokens;
}

/** A `site:` value as the store keys sites: the bare host name, lower case, without `www.`. */
export function normalizeSite(value: string): string {
  let host = value.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, ""); // scheme
  host = host.replace(/[/?#].*$/, ""); // path, query, fragment
  host = host.replace(/^[^@]*@/, ""); // user info
  host = host.replace(/:\d*$/, ""); // port
  return bareHost(host);
}

/** Parses the search box into the query the background's `ui/search` takes. */
export function parseQuery(input: string, sort: "newest" | "oldest" = "newest"): LibraryQuery {
  const query: LibraryQuery = { sort };
  const words: string[] = [];
  for (const { key, value } of tokenize(input)) {
    if (key === "tag") {
      if (query.tag === undefined) query.tag = value;
      else words.push(value);
    } else if (key === "speaker") {
      if (query.speaker === undefined) query.speaker = value;
      else words.push(value);
    } else if (key === "site") {
      const site = normalizeSite(value);
      if (site && query.site === undefined) query.site = site;
    } else words.push(value);
  }
  const text = words.join(" ").trim();
  if (text) query.text = text;
  return query;
}

/** True when the query filters anything (sort and limit aside). */
export function isFiltering(q: LibraryQuery): boolean {
  return Boolean(q.text || q.tag || q.speaker || q.site);
}

/** A value as it must be typed in the box: quoted when it holds a space or a quote can't be kept. */
export function quoteValue(value: string): string {
  const v = value.replace(/"/g, "").replace(/\s+/g, " ").trim();
  return /\s/.test(v) || v === "" ? `"${v}"` : v;
}

function render(tokens: readonly Token[]): string {
  return tokens
    .map((t) => (t.key ? `${t.key}:${quoteValue(t.value)}` : /\s/.test(t.value) ? `"${t.value}"` : t.value))
    .join(" ");
}

/**
 * The box with its tag filter replaced by `tag` (or removed when `tag` is null), other words and
 * filters kept in place: for the tag chips and dropdown, which edit the same box the user types in.
 */
export function withFilter(input: string, key: QueryKey, value: string | null): string {
  const tokens = tokenize(input);
  const at = tokens.findIndex((t) => t.key === key);
  const rest = tokens.filter((t) => t.key !== key);
  if (value === null || value.trim() === "") return render(rest);
  const filter: Token = { key, value: value.replace(/"/g, "").replace(/\s+/g, " ").trim() };
  // Put it back where the old one was, or first.
  rest.splice(at < 0 ? 0 : Math.min(at, rest.length), 0, filter);
  return render(rest);
}

/** The box's first value for `key`, as typed (for the tag dropdown's current choice). */
export function filterValue(input: string, key: QueryKey): string | undefined {
  return tokenize(input).find((t) => t.key === key)?.value;
}

/**
 * The store matches a tag exactly; people type `tag:Disputed` for `disputed`. Uses the known
 * tag's spelling when the typed one differs only in case.
 */
export function resolveTag(query: LibraryQuery, known: readonly string[]): LibraryQuery {
  if (!query.tag || known.includes(query.tag)) return query;
  const lower = query.tag.toLowerCase();
  const match = known.find((t) => t.toLowerCase() === lower);
  return match ? { ...query, tag: match } : query;
}
