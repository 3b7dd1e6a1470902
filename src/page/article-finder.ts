/**
 * Finding the article in a page: readability-like scoring in one linear walk of the DOM.
 *
 * Works on any DOM (the browser's or linkedom's): only firstChild / nextSibling / nodeType /
 * localName / getAttribute / hasAttributes are used; no getComputedStyle, no innerText, no layout.
 *
 * In short:
 * - every element is classified once (cached): `Skip` (script, style, svg, hidden, ...: never text),
 *   `Never` (comments, cookie banners, outbrain, ...), `Boilerplate` (nav, aside, footer, forms, and
 *   class/id words such as related, share, promo, newsletter, sidebar: see boilerplate.json), or normal;
 * - one walk measures every element without boilerplate (text, link text, "good paragraph" text, and
 *   paragraph text in runs), and with it (to recognise a mislabelled article wrapper);
 * - good paragraphs give readability's local score to their parent (fully), grandparent (half) and
 *   further ancestors (less); the top candidate is the best local score × (1 - link density);
 * - from the top candidate the root climbs to the ancestor with the best `paragraph runs - α × other
 *   text` (an article split around ads and embeds is taken whole, teaser rails are not), then takes in
 *   siblings that are paragraphs too (readability's sibling step), excluding the others;
 * - when the result holds little of the page's paragraph text, the walk is redone keeping the
 *   boilerplate-labelled ancestors (and paragraph-holding children) of the best candidate found with
 *   boilerplate counted ("article-body share-container");
 * - the headline is the h1 (or an h2 matching the title) that best covers og:title / <title>, nearest
 *   to the root, preferably outside boilerplate.
 */
import data from "./boilerplate.json";

export const Flag = {
  Normal: 0,
  /** Never text, never measured (script, style, hidden elements, ...). */
  Skip: 1,
  /** Boilerplate by tag, role or class (kept when it turns out to wrap the article). */
  Boilerplate: 2,
  /** Boilerplate whatever it holds (comments, cookie banners, outbrain, ...). */
  Never: 3,
} as const;
export type Flag = (typeof Flag)[keyof typeof Flag];

/** Text measures of one element's subtree, without skipped and boilerplate parts. */
export interface Stats {
  /** Visible text length (trimmed text nodes). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Of which in good paragraphs (block elements with enough own text, not link-dense). */
  good: number;
  /** Of which in runs of paragraphs (a lone teaser summary in its card is not). */
  cluster: number;
}

export interface Analysis {
  /** The article root: the best-scoring element (the body when nothing better was found). */
  root: Element | null;
  /** The headline element, when one was found. */
  headline: Element | null;
  /** The classification of every visited element (elements not in the map were not visited). */
  flags: Map<Element, Flag>;
  /** Per-element text measures without boilerplate (elements with some text only). */
  stats: Map<Element, Stats>;
  /** Boilerplate-flagged elements that are kept because they turned out to wrap the article. */
  kept: Set<Element>;
  /** Children of the root that are not part of the article (siblings of the best candidate). */
  exclude: Set<Element>;
  /** Readability-like local scores (paragraphs score their parent, less their further ancestors). */
  local: Map<Element, number>;
}

/** Elements that are never text, with all they hold (script, style, media, form fields, ...). */
export const SKIP_TAGS: ReadonlySet<string> = new Set<string>(data.skipTags);
const BOILERPLATE_TAGS = new Set<string>(data.boilerplateTags);
const SKIP_ROLES = new Set<string>(data.skipRoles);
const STRONG = new Set<string>(data.strong);
const NEVER = new Set<string>(data.never);
const WEAK = new Set<string>(data.weak);
const POSITIVE = new Set<string>(data.positive);
const PHRASES: string[] = data.phrases;
const HIDDEN_NAMES = new Set<string>(data.hiddenTokens);
const RESCUE = new Set<string>(data.rescue);
const NEVER_PREFIXES: string[] = data.neverPrefixes;
const STRONG_PREFIXES: string[] = data.strongPrefixes;

/** Elements that start and end a block of text (their content never runs into the neighbours'). */
export const BLOCK_TAGS = new Set<string>([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const WORD_SPLIT = /[\s_\-:.]+|(?<=[a-z])(?=[A-Z])/;

// Class-name bits, cached per class name: pages repeat names a lot (utility-CSS pages give every
// element a different class string, but made of the same few hundred names).
const HIDDEN_BIT = 1;
const NEVER_BIT = 2;
const BOILER_BIT = 4;
const nameCache = new Map<string, number>();
const stringCache = new Map<string, Flag>();
const NEVER_PREFIX_RE = new RegExp(`^(?:${NEVER_PREFIXES.join("|")})`);
const STRONG_PREFIX_RE = new RegExp(`^(?:${STRONG_PREFIXES.join("|")})`);
/** Any of the phrases anywhere in a name: one scan instead of one search per phrase. */
const PHRASE_RE = new RegExp(PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

/** The boilerplate bits of one class name or id. */
function nameBits(name: string): number {
  const cached = nameCache.get(name);
  if (cached !== undefined) return cached;
  let bits = 0;
  const lower = name.toLowerCase();
  if (HIDDEN_NAMES.has(lower)) bits = HIDDEN_BIT;
  else {
    const words = name.split(WORD_SPLIT).map((w) => w.toLowerCase());
    if (!words.some((w) => RESCUE.has(w))) {
      let positive = false;
      let weak = false;
      for (const w of words) {
        if (NEVER.has(w) || NEVER_PREFIX_RE.test(w)) bits |= NEVER_BIT;
        else if (STRONG.has(w) || STRONG_PREFIX_RE.test(w)) bits |= BOILER_BIT;
        if (WEAK.has(w)) weak = true;
        if (POSITIVE.has(w)) positive = true;
      }
      if (weak && !positive) bits |= BOILER_BIT;
      if (PHRASE_RE.test(lower)) bits |= BOILER_BIT;
    }
  }
  if (nameCache.size > 20000) nameCache.clear();
  nameCache.set(name, bits);
  return bits;
}

/** Classifies a class + id string. */
function classifyNames(names: string): Flag {
  const cached = stringCache.get(names);
  if (cached !== undefined) return cached;
  let bits = 0;
  for (const name of names.split(/\s+/)) if (name) bits |= nameBits(name);
  const flag: Flag =
    bits & HIDDEN_BIT
      ? Flag.Skip
      : bits & NEVER_BIT
        ? Flag.Never
        : bits & BOILER_BIT
          ? Flag.Boilerplate
          : Flag.Normal;
  if (stringCache.size > 5000) stringCache.clear();
  stringCache.set(names, flag);
  return flag;
}

/** Hidden by its own attributes: `hidden`, `aria-hidden="true"`, or an inline display:none / visibility:hidden. */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return !!style && HIDDEN_STYLE.test(style);
}

/** Classifies one element by tag, hidden state, role and class/id words. */
export function classify(el: Element): Flag {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return Flag.Skip;
  if (!el.hasAttributes()) return BOILERPLATE_TAGS.has(tag) ? Flag.Boilerplate : Flag.Normal;
  if (hiddenByAttributes(el)) return Flag.Skip;
  if (tag === "input") return Flag.Skip;
  let flag: Flag = BOILERPLATE_TAGS.has(tag) ? Flag.Boilerplate : Flag.Normal;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role.toLowerCase())) flag = Flag.Boilerplate;
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  if (cls || id) {
    const f = classifyNames(cls && id ? `${cls} ${id}` : cls || id || "");
    if (f > flag || f === Flag.Skip) flag = f;
  }
  return flag;
}

/** Length of a text node's data without leading and trailing whitespace. */
function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

function isHeading(tag: string): boolean {
  return tag.length === 2 && tag.charCodeAt(0) === 104 /* h */ && tag >= "h1" && tag <= "h6";
}

/** Is a block's own inline text a "good paragraph"? */
function goodParagraph(tag: string, own: number, link: number): boolean {
  if (own === 0 || link * 2 > own) return false;
  if (isHeading(tag)) return false;
  if (tag === "p" || tag === "blockquote" || tag === "pre") return own >= 20;
  // List items, definitions, captions: lists of teasers, galleries, menus are made of these.
  if (tag === "li" || tag === "dd" || tag === "dt" || tag === "figcaption" || tag === "caption") return false;
  return own >= 60;
}

interface Pass {
  stats: Map<Element, Stats>;
  local: Map<Element, number>;
  headings: Element[];
  kept: Set<Element>;
}

function newPass(): Pass {
  return { stats: new Map(), local: new Map(), headings: [], kept: new Set() };
}

/**
 * One linear walk over a subtree, measuring every element twice at once: `clean` without boilerplate
 * (unless in `keep`), and, when asked, `all` with it (for telling a mislabelled article wrapper).
 * Results of a call are left in the r* / a* fields (no object per element).
 */
class Measurer {
  readonly clean: Pass = newPass();
  readonly all: Pass | null;
  rText = 0;
  rLink = 0;
  rGood = 0;
  rInl = 0;
  rInlLink = 0;
  /** The length of the good paragraph the element is (or wraps alone), else 0. */
  rPara = 0;
  /** Paragraph text in runs: paragraphs with at least one paragraph sibling (or long ones). */
  rCluster = 0;
  aText = 0;
  aLink = 0;
  aGood = 0;
  aInl = 0;
  aInlLink = 0;

  constructor(
    private readonly flags: Map<Element, Flag>,
    private readonly keep: Set<Element> | null,
    withAll: boolean,
  ) {
    this.all = withAll ? newPass() : null;
  }

  run(el: Element, inLink: boolean, inBoiler: boolean): void {
    let text = 0;
    let link = 0;
    let good = 0;
    let inl = 0;
    let inlLink = 0;
    let cluster = 0;
    let nPara = 0;
    let sumPara = 0;
    let aText = 0;
    let aLink = 0;
    let aGood = 0;
    let aInl = 0;
    let aInlLink = 0;
    const all = this.all;
    const tag = el.localName;
    const linkNow = inLink || tag === "a";
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) {
        const n = trimmedLength((c as Text).data);
        if (n === 0) continue;
        if (!inBoiler) {
          text += n;
          inl += n;
          if (linkNow) {
            link += n;
            inlLink += n;
          }
        }
        aText += n;
        aInl += n;
        if (linkNow) {
          aLink += n;
          aInlLink += n;
        }
      } else if (type === 1) {
        const child = c as Element;
        let f = this.flags.get(child);
        if (f === undefined) {
          f = classify(child);
          this.flags.set(child, f);
        }
        if (f === Flag.Skip || f === Flag.Never) continue;
        let childBoiler = inBoiler;
        if (f === Flag.Boilerplate && !inBoiler) {
          if (this.keep?.has(child)) this.clean.kept.add(child);
          else childBoiler = true;
        }
        if (childBoiler && !all) continue;
        this.run(child, linkNow, childBoiler);
        if (!childBoiler) {
          text += this.rText;
          link += this.rLink;
          good += this.rGood;
          inl += this.rInl;
          inlLink += this.rInlLink;
          cluster += this.rCluster;
          if (this.rPara > 0) {
            nPara++;
            sumPara += this.rPara;
          }
        }
        aText += this.aText;
        aLink += this.aLink;
        aGood += this.aGood;
        aInl += this.aInl;
        aInlLink += this.aInlLink;
      }
    }
    const block = BLOCK_TAGS.has(tag);
    let para = 0;
    if (!inBoiler) {
      if (nPara >= 2 || sumPara >= LONG_PARAGRAPH) cluster += sumPara;
      else if (nPara === 1 && text - sumPara <= 20) para = sumPara; // a wrapper around one paragraph
      if ((tag === "h1" || tag === "h2") && text > 0) this.clean.headings.push(el);
      if (block) {
        if (goodParagraph(tag, inl, inlLink)) {
          good += inl;
          para = inl;
          addLocal(el, inl, this.clean.local);
        }
        inl = 0;
        inlLink = 0;
      }
      if (text > 0) this.clean.stats.set(el, { text, link, good, cluster });
    }
    if (all) {
      if ((tag === "h1" || tag === "h2") && aText > 0) all.headings.push(el);
      if (block) {
        if (goodParagraph(tag, aInl, aInlLink)) {
          aGood += aInl;
          addLocal(el, aInl, all.local);
        }
        aInl = 0;
        aInlLink = 0;
      }
      if (aText > 0) all.stats.set(el, { text: aText, link: aLink, good: aGood, cluster: 0 });
    }
    this.rText = text;
    this.rLink = link;
    this.rGood = good;
    this.rInl = inl;
    this.rInlLink = inlLink;
    this.rPara = para;
    this.rCluster = cluster;
    this.aText = aText;
    this.aLink = aLink;
    this.aGood = aGood;
    this.aInl = aInl;
    this.aInlLink = aInlLink;
  }
}

/**
 * Readability's local score: a good paragraph scores its parent fully, its grandparent half, and the
 * next ancestors a third of that per level, so that the element holding many paragraphs directly wins
 * over a page-wide wrapper that holds as much text spread over teaser cards.
 */
function addLocal(el: Element, len: number, local: Map<Element, number>): void {
  const score = 1 + Math.min(len, 300) / 100;
  let level = 0;
  for (let n = el.parentNode; n && n.nodeType === 1 && level < 5; n = n.parentNode, level++) {
    const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    local.set(n as Element, (local.get(n as Element) ?? 0) + score / div);
  }
}

function norm(s: string): string {
  return s.replace(/\s+/g, " ").trim().toLowerCase();
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute("content") ?? "";
}

function contains(a: Element, b: Element): boolean {
  for (let n: Node | null = b; n; n = n.parentNode) if (n === a) return true;
  return false;
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»]+\s+/;

/**
 * How much of a page title a heading covers, 0..1. A title "Headline | Site name" is also compared
 * by its longest part, and a heading that is one of the other parts (the site name) covers nothing.
 */
function coverage(t: string, title: string): number {
  const parts = title.split(TITLE_SEPARATOR).filter((p) => p.length > 0);
  let main = title;
  if (parts.length > 1) {
    main = parts.reduce((a, b) => (b.length > a.length ? b : a));
    for (const p of parts) if (p !== main && p === t) return 0;
  }
  let best = 0;
  for (const ref of main === title ? [title] : [title, main]) {
    if (t.includes(ref)) best = Math.max(best, 1);
    else if (ref.includes(t)) best = Math.max(best, t.length / ref.length);
    else {
      const a = wordsOf(t);
      const b = wordsOf(ref);
      let common = 0;
      for (const w of a) if (b.has(w)) common++;
      best = Math.max(best, (0.8 * common) / Math.max(1, a.size, b.size));
    }
  }
  return best;
}

const NON_WORD_RUN = /[^\p{L}\p{N}]+/u;

function wordsOf(s: string): Set<string> {
  return new Set(s.split(NON_WORD_RUN).filter((w) => w.length > 0));
}

/** Picks the headline among visible h1/h2 elements. */
function pickHeadline(
  doc: Document,
  headings: Element[],
  root: Element | null,
  clean: Set<Element>,
): Element | null {
  const titles = [
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[name="twitter:title"]'),
    doc.title ?? "",
  ]
    .map(norm)
    .filter((t) => t.length > 0);
  let best: Element | null = null;
  let bestScore = 0;
  for (const h of headings) {
    const t = norm(h.textContent ?? "");
    if (t.length < 3 || t.length > 400) continue;
    // How much of the page title the heading covers ("Headline | Site name" is covered at 0.7 by the
    // headline, at 0.2 by a site-name h1).
    let cover = 0;
    for (const title of titles) cover = Math.max(cover, coverage(t, title));
    if (cover < 0.3) cover = 0;
    const isH1 = h.localName === "h1";
    if (!isH1 && cover < 0.6) continue;
    // Nearness to the article: 6 inside it, one less for every level to climb from it to reach the heading.
    let near = 0;
    if (root) {
      let up = 0;
      for (let n: Node | null = root; n && up < 6 && !contains(n as Element, h); n = n.parentNode) up++;
      near = 6 - up;
    }
    const score = cover * 10 + near + (isH1 ? 2 : 0) + (clean.has(h) ? 3 : 0);
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The document's body, found among the root element's children (linkedom's `document.body` getter
 * inserts a new, empty body when the page's markup puts anything between head and body).
 */
export function bodyOf(doc: Document): Element | null {
  const html = doc.documentElement;
  if (html) {
    for (let c = html.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && (c as Element).localName === "body") return c as Element;
    }
  }
  return html ?? null;
}

/** Analyses a document: the article root, the headline, and the measures the TextModel walk reuses. */
export function analyse(doc: Document, forcedRoot?: Element): Analysis {
  const flags = new Map<Element, Flag>();
  const body = forcedRoot ?? bodyOf(doc);
  if (!body)
    return {
      root: null,
      headline: null,
      flags,
      stats: new Map(),
      kept: new Set(),
      exclude: new Set(),
      local: new Map(),
    };
  // One walk: measures without boilerplate, and with it (to tell a mislabelled article wrapper).
  const first = new Measurer(flags, null, !forcedRoot);
  first.run(body, false, false);
  const all = first.all ?? newPass();
  const total = first.aGood;
  let pass = first.clean;
  let top = forcedRoot ? null : topCandidate(pass);
  const allTop = forcedRoot ? null : topCandidate(all, flags, body);
  if (allTop && (!top || (pass.stats.get(top.el)?.good ?? 0) < RETRY_SHARE * total)) {
    // Too little found: the article wrapper may carry a boilerplate-looking class ("share-wrapper").
    // Try again, keeping the boilerplate-labelled ancestors of the best candidate found with them.
    const keep = new Set<Element>();
    for (let n: Node | null = allTop.el; n && n !== body; n = n.parentNode) {
      if (flags.get(n as Element) === Flag.Boilerplate) keep.add(n as Element);
    }
    // ... and its labelled children that hold its paragraphs directly ("article__body overlay-handle").
    const topLocal = all.local.get(allTop.el) ?? 0;
    const queue: Element[] = [allTop.el];
    for (let el = queue.pop(); el; el = queue.pop()) {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType !== 1 || flags.get(c as Element) !== Flag.Boilerplate) continue;
        if ((all.local.get(c as Element) ?? 0) >= 0.25 * topLocal) {
          keep.add(c as Element);
          queue.push(c as Element);
        }
      }
    }
    const second = new Measurer(flags, keep, false);
    second.run(body, false, false);
    const again = second.clean;
    const top2 = topCandidate(again);
    if (again.kept.size > 0 && top2) {
      pass = again;
      top = top2;
    }
  }
  const { stats, local, headings, kept } = pass;
  const exclude = new Set<Element>();
  let root: Element | null = forcedRoot ?? null;
  if (!forcedRoot) {
    root = top ? mergeSiblings(climb(top.el, stats, body), top.score, local, stats, exclude) : body;
  }
  // Headings are looked for in boilerplate too: headlines often sit in "header" boxes.
  const headline = pickHeadline(doc, first.all ? all.headings : headings, root, new Set(headings));
  return { root, headline, flags, stats, kept, exclude, local };
}

/** A paragraph this long counts as article text even alone. */
const LONG_PARAGRAPH = 400;

/** When the best candidate holds less than this share of the page's paragraph text, look again. */
const RETRY_SHARE = 0.25;
/** Weight of "other" text (headings, bylines, link lists, snippets) against paragraph text when climbing. */
const ALPHA = 0.5;

/** The element with the best local score, weighted down by its link density. */
function topCandidate(
  pass: Pass,
  flags?: Map<Element, Flag>,
  body?: Element,
): { el: Element; score: number } | null {
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of pass.local) {
    const s = pass.stats.get(el);
    if (!s) continue;
    let final = score * (1 - s.link / s.text) * (el.localName === "article" ? 1.1 : 1);
    if (flags && final > topScore) {
      // Measured with boilerplate: each boilerplate-labelled ancestor halves the score.
      for (let n: Node | null = el; n && n !== body; n = n.parentNode) {
        if (flags.get(n as Element) === Flag.Boilerplate) final /= 2;
      }
    }
    if (final > topScore) {
      topScore = final;
      top = el;
    }
  }
  return top ? { el: top, score: topScore } : null;
}

/**
 * From the top candidate up to the body, the ancestor with the best `paragraph text - α × other text`:
 * an article split into several boxes (around ads, embeds, section breaks) is taken whole, while a
 * wrapper that adds mostly link lists, teasers and furniture is not.
 */
function climb(top: Element, stats: Map<Element, Stats>, body: Element): Element {
  let best = top;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let n: Node | null = top; n && n.nodeType === 1; n = n.parentNode) {
    const s = stats.get(n as Element);
    if (s) {
      const score = s.cluster - ALPHA * (s.text - s.cluster);
      if (score > bestScore) {
        bestScore = score;
        best = n as Element;
      }
    }
    if (n === body) break;
  }
  return best;
}

/** A sibling of the top candidate scoring this share of it is part of the article too. */
const SIBLING_SHARE = 0.2;

/**
 * Readability's sibling step: when siblings of the top candidate also hold article paragraphs (an
 * article split around an ad or an embed, a lead paragraph in its own box), the root becomes the
 * parent and the siblings that do not qualify are excluded.
 */
function mergeSiblings(
  top: Element,
  topScore: number,
  local: Map<Element, number>,
  stats: Map<Element, Stats>,
  exclude: Set<Element>,
): Element {
  const parent = top.parentNode as Element | null;
  if (parent?.nodeType !== 1 || parent.localName === "html") return top;
  const threshold = Math.max(3, topScore * SIBLING_SHARE);
  let merged = false;
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== 1 || c === top) continue;
    const el = c as Element;
    const s = stats.get(el);
    if (!s) continue;
    const density = s.link / s.text;
    const score = (local.get(el) ?? 0) * (1 - density);
    // A cluster of paragraphs, or one paragraph on its own (a standfirst, a lead in its own box).
    let ok =
      (score >= threshold && density < 0.3) || (s.good >= 0.8 * s.text && s.text >= 80 && density < 0.25);
    if (!ok && el.localName === "p") ok = (s.text > 80 && density < 0.25) || (s.good > 0 && density === 0);
    if (ok) merged = true;
    else out.push(el);
  }
  if (!merged) return top;
  for (const el of out) exclude.add(el);
  return parent;
}

/** The element the article is in, or null when no element stands out (the whole body then). */
export function findArticle(doc: Document): Element | null {
  const root = analyse(doc).root;
  return root === bodyOf(doc) ? null : root;
}

const ARTICLE_TYPES =
  /"@type"\s*:\s*(\[[^\]]*)?"(News|Report|Analysis|Opinion|Review|Background)?(Article|NewsArticle|ReportageNewsArticle|BlogPosting|LiveBlogPosting)"/;

/**
 * A cheap check that the page is an article (news story, blog post) rather than a front page, a
 * shop, a search page. No text walk: meta tags, JSON-LD types, and a capped count of substantial
 * paragraphs.
 */
export function isLikelyArticle(doc: Document): boolean {
  const ogType = metaContent(doc, 'meta[property="og:type"]').toLowerCase();
  let declared = ogType === "article" || ogType.startsWith("article:");
  if (!declared) {
    const lds = doc.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < lds.length && i < 8 && !declared; i++) {
      const t = lds[i]?.textContent ?? "";
      declared = ARTICLE_TYPES.test(t.length > 20000 ? t.slice(0, 20000) : t);
    }
  }
  if (!declared) declared = doc.querySelector('[itemprop="articleBody"], [itemprop="articlebody"]') !== null;
  const ps = doc.querySelectorAll("p");
  let substantial = 0;
  const need = declared ? 1 : 4;
  const cap = Math.min(ps.length, 400);
  for (let i = 0; i < cap && substantial < need; i++) {
    const p = ps[i] as Element;
    const len = (p.textContent ?? "").length;
    if (len < 80) continue;
    // A paragraph that is mostly one link is a teaser, not article text.
    const a = p.querySelector("a");
    if (a && (a.textContent ?? "").length * 2 > len) continue;
    substantial++;
  }
  return substantial >= need;
}

/** The page's language: the primary subtag of `<html lang>` (or content-language), lower-cased; null if none. */
export function pageLanguage(doc: Document): string | null {
  const lang =
    doc.documentElement?.getAttribute("lang") ||
    doc.documentElement?.getAttribute("xml:lang") ||
    metaContent(doc, 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]') ||
    "";
  const primary =
    lang
      .trim()
      .split(/[-_,\s]/)[0]
      ?.toLowerCase() ?? "";
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
