/**
 * The card that says who said a claim. It lives in a closed shadow root under one host element
 * appended to <html> (not <body>), with `all: initial`, so the page's CSS cannot style it and
 * the page's scripts cannot reach into it. Text is set with textContent only: page text is never
 * treated as markup.
 */
import type { Claim, Speaker } from "../engine/types";
import { overlayRoot, overlayStyle } from "./overlay";

const KIND_LABEL: Record<Claim["kind"], string> = {
  direct: "Direct quote",
  indirect: "Reported speech",
  mixed: "Partly quoted",
  refusal: "Declined to comment",
  belief: "View or belief",
  question: "Question or request",
};

const TYPE_LABEL: Record<Speaker["type"], string> = {
  person: "Named person",
  organization: "Organisation",
  anonymous: "Anonymous source",
  unknown: "Unidentified source",
};

const STYLE = `
.card {
  position: fixed; z-index: 2147483647; max-width: 340px; box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; background: #1f2328; color: #f6f8fa;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.28); pointer-events: none;
  opacity: 0; transform: translateY(2px); transition: opacity 80ms, transform 80ms;
}
.card.shown { opacity: 1; transform: none; }
.name { font-weight: 600; font-size: 14px; }
.title { color: #c9d1d9; margin-top: 2px; }
.meta { margin-top: 6px; display: flex; gap: 6px; flex-wrap: wrap; }
.chip { font-size: 11px; padding: 1px 6px; border-radius: 999px; background: #30363d; }
.chip.anon { background: #9a3412; }
.chip.org { background: #1d4ed8; }
.chip.tag { background: #6e40c9; }
.reason { margin-top: 6px; color: #fdba74; font-style: italic; }
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
`;

export class HoverCard {
  private root: ShadowRoot | null = null;
  private card: HTMLDivElement | null = null;
  private current: string | null = null;

  private ensure(): HTMLDivElement {
    if (this.card && this.root === overlayRoot()) return this.card;
    this.root = overlayRoot();
    overlayStyle(STYLE);
    const card = document.createElement("div");
    card.className = "card";
    card.setAttribute("role", "tooltip");
    card.setAttribute("aria-live", "polite");
    this.root.append(card);
    this.card = card;
    return card;
  }

  /** Shows the card for `claim` next to `anchor` (a line box of the claim, in viewport coordinates). */
  show(claim: Claim, speaker: Speaker | undefined, anchor: DOMRect, tags: readonly string[] = []): void {
    const card = this.ensure();
    const key = `${claim.id}|${tags.join(",")}`;
    if (this.current !== key) {
      this.current = key;
      card.replaceChildren(...this.content(claim, speaker, tags));
    }
    const width = Math.min(340, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 8;
    card.style.left = `${left}px`;
    card.style.top = `${below + 120 > window.innerHeight ? Math.max(8, anchor.top - 8 - 110) : below}px`;
    card.classList.add("shown");
  }

  hide(): void {
    this.current = null;
    this.card?.classList.remove("shown");
  }

  /** Forgets its elements (the overlay was removed). */
  reset(): void {
    this.root = null;
    this.card = null;
    this.current = null;
  }

  private content(claim: Claim, speaker: Speaker | undefined, tags: readonly string[]): Node[] {
    const el = (cls: string, text: string) => {
      const div = document.createElement("div");
      div.className = cls;
      div.textContent = text;
      return div;
    };
    const nodes: Node[] = [el("name", speaker?.name ?? "Unknown source")];
    const title = [speaker?.title, speaker?.affiliation].filter(Boolean).join(", ");
    if (title) nodes.push(el("title", title));
    const meta = document.createElement("div");
    meta.className = "meta";
    const chip = (text: string, cls = "") => {
      const span = document.createElement("span");
      span.className = `chip ${cls}`.trim();
      span.textContent = text;
      meta.append(span);
    };
    chip(KIND_LABEL[claim.kind]);
    if (speaker) {
      chip(
        TYPE_LABEL[speaker.anonymous ? "anonymous" : speaker.type],
        speaker.anonymous ? "anon" : speaker.type === "organization" ? "org" : "",
      );
    }
    for (const tag of tags) chip(tag, "tag");
    nodes.push(meta);
    if (speaker?.anonymityReason)
      nodes.push(el("reason", `Anonymous because: ${speaker.anonymityReason.text}`));
    return nodes;
  }
}
