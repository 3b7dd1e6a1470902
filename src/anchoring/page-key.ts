/**
 * The normalised URL a page's annotations are kept under, so that the same article read through a
 * newsletter link, a social share, its AMP version or with a different `#section` finds the same
 * annotations. Pure: no DOM.
 */
import trackingParams from "./tracking-params.json";

const TRACKING_NAMES = new Set(trackingParams.names.map((n) => n.toLowerCase()));
const TRACKING_PREFIXES = trackingParams.prefixes.map((p) => p.toLowerCase());

/**
 * Second-level labels under which registrations happen one level deeper ("bbc.co.uk" is the site,
 * not "co.uk"). A short list of the common ones rather than the whole Public Suffix List: getting
 * it wrong only means a canonical link on a sister domain is not followed.
 */
const MULTI_LABEL_SUFFIXES = new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "ltd.uk",
  "me.uk",
  "net.uk",
  "com.au",
  "net.au",
  "org.au",
  "gov.au",
  "edu.au",
  "co.nz",
  "org.nz",
  "govt.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "go.jp",
  "co.kr",
  "or.kr",
  "com.br",
  "com.mx",
  "com.ar",
  "com.co",
  "com.tr",
  "com.cn",
  "com.hk",
  "com.sg",
  "com.my",
  "com.ph",
  "com.pk",
  "com.ng",
  "com.eg",
  "co.za",
  "co.in",
  "net.in",
  "org.in",
  "co.il",
  "org.il",
  "co.id",
  "or.id",
  "com.ua",
  "com.pl",
  "co.at",
  "or.at",
  "com.es",
  "com.pe",
  "com.ve",
  "com.tw",
  "com.vn",
]);

function isIpHost(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[");
}

/**
 * A host as page keys carry it, and so as the library's site filter matches it: lower case, no
 * trailing dot, no "www." and no AMP "amp." prefix.
 */
export function bareHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, "");
  if (isIpHost(host)) return host;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of ["www.", "amp."]) {
      if (host.startsWith(prefix) && host.split(".").length > 2) {
        host = host.slice(prefix.length);
        changed = true;
      }
    }
  }
  return host;
}

/** The registrable domain ("eTLD+1") of a host, approximately (see MULTI_LABEL_SUFFIXES). */
export function registrableSite(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "");
  if (isIpHost(h)) return h;
  const labels = h.split(".");
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join(".");
  return MULTI_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_NAMES.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function isAmpParam(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n === "amp" || n === "_amp" || n === "usqp") return true;
  return n === "outputtype" && value.toLowerCase() === "amp";
}

function parseHttp(input: string, base?: string): URL | null {
  try {
    const u = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u : null;
  } catch {
    return null;
  }
}

/**
 * Undoes AMP caches and viewers that wrap a publisher's URL:
 *  - `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path` (`/c/`, `/v/`, `/i/`;
 *    the `s/` says the original was https);
 *  - `https://www.google.com/amp/s/www.example.com/path`.
 */
function unwrapAmpCache(u: URL): URL {
  const host = u.hostname.toLowerCase();
  let rest: string | null = null;
  if (host === "cdn.ampproject.org" || host.endsWith(".cdn.ampproject.org")) {
    const m = /^\/[cvi]\/(.+)$/.exec(u.pathname);
    rest = m?.[1] ?? null;
  } else if (/^(www\.)?google\.[a-z.]+$/.test(host)) {
    const m = /^\/amp\/(.+)$/.exec(u.pathname);
    rest = m?.[1] ?? null;
  }
  if (!rest) return u;
  const secure = rest.startsWith("s/");
  const target = secure ? rest.slice(2) : rest;
  return parseHttp(`${secure ? "https" : "http"}://${target}${u.search}`) ?? u;
}

/** The normalised form of one http(s) URL (no canonical involved). */
function normalise(u0: URL): URL {
  const u = new URL(unwrapAmpCache(u0).href);
  u.hash = "";
  u.username = "";
  u.password = "";
  const host = bareHost(u.hostname);
  const port = u.port === "80" || u.port === "443" ? "" : u.port;
  // Path: drop AMP segments ("/amp/", a trailing "/amp", "story.amp", "story.amp.html"), then the
  // trailing slash (the root keeps its "/").
  let path = u.pathname
    .split("/")
    .filter((s) => s.toLowerCase() !== "amp")
    .map((s) => s.replace(/\.amp(\.html?)?$/i, (_m, html: string | undefined) => html ?? ""))
    .join("/");
  path = path.replace(/\/+$/, "");
  if (!path.startsWith("/")) path = `/${path}`;
  // Query: no tracking or AMP parameters, the rest sorted by name then value.
  const params = [...u.searchParams.entries()].filter(([k, v]) => !isTracking(k) && !isAmpParam(k, v));
  params.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const search = new URLSearchParams(params).toString();
  // http and https are one page for annotations: the key always says https.
  return new URL(`https://${host}${port ? `:${port}` : ""}${path}${search ? `?${search}` : ""}`);
}

/** The site a page key belongs to: its host (page keys carry bare hosts already); "" for no URL. */
export function siteOf(pageKey: string): string {
  try {
    return new URL(pageKey).hostname;
  } catch {
    return "";
  }
}

/**
 * The key annotations of the page at `url` are kept under.
 *
 * `canonical` (the page's `<link rel="canonical">`) is preferred when it is an http(s) URL on the
 * same registrable site as the page (after undoing AMP caches). It is not followed across sites:
 * syndicated copies (wire stories, partner sites) point their canonical link at the original
 * publisher although their text, and so our offsets and context, differ; and a page must not be
 * able to file its annotations under another site's key by declaring a canonical link. A canonical
 * link to the site's home page from a deeper page is a common CMS misconfiguration and is ignored.
 *
 * Non-http(s) URLs (file:, extension pages) are returned without their fragment; unparsable input
 * is returned trimmed, without its fragment. Never throws.
 */
export function pageKey(url: string, canonical?: string | null): string {
  const raw = typeof url === "string" ? url.trim() : "";
  const page = parseHttp(raw);
  if (!page) {
    const hash = raw.indexOf("#");
    return hash >= 0 ? raw.slice(0, hash) : raw;
  }
  const base = normalise(page);
  if (canonical && typeof canonical === "string") {
    const c = parseHttp(canonical, page.href);
    if (c) {
      const cn = normalise(c);
      const sameSite = registrableSite(cn.hostname) === registrableSite(base.hostname);
      const toHome = cn.pathname === "/" && cn.search === "" && base.pathname !== "/";
      if (sameSite && !toHome) return cn.href;
    }
  }
  return base.href;
}
