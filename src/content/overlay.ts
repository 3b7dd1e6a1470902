/**
 * The one element Sourcemark adds to a page: `<sourcemark-root>`, appended to <html> (not <body>,
 * so the article's DOM is untouched), holding a closed shadow root. The hover card and the
 * selection toolbar live inside it, where the page's CSS cannot style them and its scripts cannot
 * reach. `all: initial` on the host stops inherited styles too.
 */
let host: HTMLElement | null = null;
let shadow: ShadowRoot | null = null;

const HOST_STYLE = [
  "all: initial",
  "display: block",
  "position: fixed",
  "top: 0",
  "left: 0",
  "width: 0",
  "height: 0",
  "overflow: visible",
  "visibility: visible",
  "opacity: 1",
  "transform: none",
  "filter: none",
  "clip-path: none",
  "pointer-events: auto",
  "z-index: 2147483647",
]
  .map((d) => `${d} !important`)
  .join("; ");

const BASE = `
:host { all: initial; }
* { box-sizing: border-box; }
`;

/** The overlay's shadow root, created on first use (and again if the page removed the host). */
export function overlayRoot(): ShadowRoot {
  if (host?.isConnected && shadow) return shadow;
  host = document.createElement("sourcemark-root");
  // Inline !important beats any page rule, even `sourcemark-root { display: none !important }`.
  host.setAttribute("style", HOST_STYLE);
  shadow = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = BASE;
  shadow.append(style);
  document.documentElement.append(host);
  return shadow;
}

/** Adds a stylesheet to the overlay (each part brings its own). */
export function overlayStyle(css: string): void {
  const style = document.createElement("style");
  style.textContent = css;
  overlayRoot().append(style);
}

/** Removes the overlay altogether (site switched off). */
export function removeOverlay(): void {
  host?.remove();
  host = null;
  shadow = null;
}
