/**
 * Reads Sourcemark's overlay (the closed shadow root under <sourcemark-root>) through the DevTools
 * protocol, which sees closed roots: what a user sees and can click, out of the page scripts' reach.
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";

export interface OverlayElement {
  tag: string;
  attributes: Record<string, string>;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Computed styles that tell whether a person sees it as we drew it. */
  style: {
    display: string;
    visibility: string;
    opacity: number;
    color: string;
    fontSize: string;
    fontFamily: string;
  };
}

/** Every element with a box inside `<sourcemark-root>`'s shadow root, with its attributes. */
export async function overlayElements(context: BrowserContext, page: Page): Promise<OverlayElement[]> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    type Node = typeof root;
    // Elements inside the overlay, each with the index of its nearest element ancestor there.
    const inside: Array<{ node: Node; parent: number }> = [];
    const visit = (n: Node, inOverlay: boolean, parent: number) => {
      let here = parent;
      if (inOverlay && n.nodeType === 1) {
        inside.push({ node: n, parent });
        here = inside.length - 1;
      }
      const host = n.nodeName.toLowerCase() === "sourcemark-root";
      for (const c of n.children ?? []) visit(c, inOverlay, here);
      for (const s of n.shadowRoots ?? []) visit(s, inOverlay || host, here);
    };
    visit(root, false, -1);
    const out: OverlayElement[] = [];
    const opacity: number[] = [];
    for (const [k, { node: n, parent }] of inside.entries()) {
      const { computedStyle } = await cdp.send("CSS.getComputedStyleForNode", { nodeId: n.nodeId });
      const css = (name: string) => computedStyle.find((p) => p.name === name)?.value ?? "";
      opacity[k] = Number.parseFloat(css("opacity") || "1") * (parent >= 0 ? (opacity[parent] ?? 1) : 1);
      const box = await cdp.send("DOM.getBoxModel", { nodeId: n.nodeId }).catch(() => null);
      if (!box) continue;
      const xs = box.model.border.filter((_, i) => i % 2 === 0);
      const ys = box.model.border.filter((_, i) => i % 2 === 1);
      const attrs: Record<string, string> = {};
      for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2)
        attrs[n.attributes![i]!] = n.attributes![i + 1]!;
      out.push({
        tag: n.nodeName.toLowerCase(),
        attributes: attrs,
        x: Math.min(...xs),
        y: Math.min(...ys),
        width: box.model.width,
        height: box.model.height,
        style: {
          display: css("display"),
          visibility: css("visibility"),
          opacity: opacity[k] ?? 1,
          color: css("color"),
          fontSize: css("font-size"),
          fontFamily: css("font-family"),
        },
      });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Selects `phrase` (inside one text node) as a user dragging over it would, ending with a mouseup
 * where the drag ends. False when the phrase is not on the page.
 */
export function selectText(page: Page, phrase: string): Promise<boolean> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent("mouseup", { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
      );
      return true;
    }
    return false;
  }, phrase);
}

/** Clicks the element of the overlay whose aria-label is `label`, once it is shown. */
export async function clickOverlay(context: BrowserContext, page: Page, label: string): Promise<void> {
  const find = async () =>
    (await overlayElements(context, page)).find((e) => e.attributes["aria-label"] === label);
  await expect.poll(async () => (await find()) !== undefined, { timeout: 5000 }).toBe(true);
  const target = (await find())!;
  await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
}
