/**
 * Typed messages, named by direction (after darkreader): each map lists what one context may ask
 * another, with the reply it gets. Every receiver validates what arrives: a message is only a
 * `{ type, ... }` object from our own extension, and anything else is ignored.
 */
import type { PageReport } from "./report";
import { browser, type Runtime } from "./browser";

/** Popup → content script (sent to one tab). */
export type PopupToContent = {
  "popup/get-report": { request: Record<string, never>; response: PageReport };
  "popup/scroll-to-claim": { request: { claimId: string }; response: { ok: boolean } };
};

/** Content script → background. */
export type ContentToBackground = {
  "content/report-ready": { request: { claims: number; anonymous: number; enabled: boolean }; response: void };
};

type AnyMap = Record<string, { request: object; response: unknown }>;
export type Message<M extends AnyMap, K extends keyof M & string = keyof M & string> = { type: K } & M[K]["request"];
export type Handlers<M extends AnyMap> = {
  [K in keyof M & string]: (
    request: M[K]["request"],
    sender: Runtime,
  ) => M[K]["response"] | Promise<M[K]["response"]>;
};

/** Ask the content script of a tab. Rejects when the tab has no content script (chrome:// pages, stores). */
export function sendToContent<K extends keyof PopupToContent & string>(
  tabId: number,
  type: K,
  request: PopupToContent[K]["request"],
): Promise<PopupToContent[K]["response"]> {
  return browser.tabs.sendMessage(tabId, { ...request, type }) as Promise<PopupToContent[K]["response"]>;
}

export function sendToBackground<K extends keyof ContentToBackground & string>(
  type: K,
  request: ContentToBackground[K]["request"],
): Promise<ContentToBackground[K]["response"]> {
  return browser.runtime.sendMessage({ ...request, type }) as Promise<ContentToBackground[K]["response"]>;
}

/** True when `value` looks like one of our messages whose type the receiver handles. */
export function isMessageFor<M extends AnyMap>(value: unknown, handlers: Handlers<M>): value is Message<M> {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" && Object.hasOwn(handlers, type);
}

/**
 * Listen for one direction's messages. Unknown or malformed messages, and messages from other
 * extensions, are left unanswered.
 */
export function listen<M extends AnyMap>(handlers: Handlers<M>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime) => {
    if (sender.id !== browser.runtime.id || !isMessageFor(message, handlers)) return undefined;
    const handler = handlers[message.type as keyof M & string] as (r: unknown, s: typeof sender) => unknown;
    return Promise.resolve(handler(message, sender));
  });
}
