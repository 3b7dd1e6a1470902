/**
 * Typed messages, named by direction (after darkreader): each map lists what one context may ask
 * another, with the reply it gets. Every receiver validates what arrives: only `{ type, ... }`
 * objects from our own extension are handled, and anything else is ignored.
 *
 * Replies that can fail for reasons the user must see (storage full, a bad import) are a Result,
 * so the message travels intact instead of being flattened into a rejected promise.
 */
import type { Annotation } from "../annotation/types";
import type { Analysis } from "../engine/types";
import type { WireModel } from "../page/model-wire";
import type { LibraryQuery } from "../store/annotation-store";
import type { PageRecord } from "../store/schema";
import { browser, type Port, type Runtime } from "./browser";
import type { PageReport } from "./report";

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What "content/analyze-page" answers, as JSON: the article's text model by node index, and its claims. */
export interface PageAnalysis {
  model: WireModel;
  /** The claims; absent when only the text was asked for (`textOnly`). */
  analysis?: Analysis;
  /** The background's time to read the snapshot, find the article and build its text, ms. */
  findMs: number;
  /** The engine's time, ms (near 0 when the text was analysed a moment ago). */
  engineMs: number;
  /** When the background got the snapshot and when it answered (epochMs), to time the two trips. */
  receivedAt: number;
  answeredAt: number;
}

/** Popup → content script of one tab. */
export type PopupToContent = {
  "popup/get-report": { request: Record<string, never>; response: PageReport };
  "popup/scroll-to-claim": { request: { claimId: string }; response: { ok: boolean } };
  "popup/scroll-to-annotation": { request: { annotationId: string }; response: { ok: boolean } };
  "popup/tag-claim": { request: { claimId: string; tag: string }; response: Result<Annotation> };
};

/** Background → content script of one tab (context menu and keyboard command). */
export type BackgroundToContent = {
  "background/highlight-selection": { request: Record<string, never>; response: Result<Annotation | null> };
};

export type ToContent = PopupToContent & BackgroundToContent;

/** Content script → background. */
export type ContentToBackground = {
  "content/report-ready": {
    request: { claims: number; anonymous: number; enabled: boolean };
    response: undefined;
  };
  /**
   * The article in a page snapshot, its text and the engine's analysis (both run in the background).
   * Both ways the payload is one JSON string: the browser copies a string across processes far faster
   * than it converts a large nested object (a snapshot has thousands of items).
   */
  "content/analyze-page": { request: { snapshot: string; textOnly?: boolean }; response: Result<string> };
  /** An article is loading in this tab (content/early.ts): start, and warm the finder and the engine. */
  "content/get-ready": { request: Record<string, never>; response: undefined };
  "content/annotations-for-page": { request: { pageKey: string }; response: Result<Annotation[]> };
  "content/save-annotation": { request: { annotation: Annotation }; response: Result<Annotation> };
  "content/delete-annotation": { request: { id: string }; response: Result<Annotation[]> };
  "content/tags": { request: Record<string, never>; response: Result<Array<{ tag: string; count: number }>> };
};

/** Extension pages (popup, library) → background. */
export type UiToBackground = {
  "ui/search": { request: { query: LibraryQuery }; response: Result<Annotation[]> };
  "ui/pages": { request: Record<string, never>; response: Result<PageRecord[]> };
  "ui/save": { request: { annotations: Annotation[] }; response: Result<number> };
  "ui/delete": { request: { ids: string[] }; response: Result<Annotation[]> };
  "ui/tags": { request: Record<string, never>; response: Result<Array<{ tag: string; count: number }>> };
  "ui/existing": { request: { ids: string[] }; response: Result<string[]> };
  /** All or nothing, in one transaction; answers when done, failed or cancelled. */
  "ui/import": { request: { annotations: Annotation[] }; response: Result<number> };
  "ui/import-progress": { request: Record<string, never>; response: { done: number; total: number } | null };
  "ui/cancel-import": { request: Record<string, never>; response: { ok: boolean } };
};

export type ToBackground = ContentToBackground & UiToBackground;

type AnyMap = Record<string, { request: object; response: unknown }>;
export type Message<M extends AnyMap, K extends keyof M & string = keyof M & string> = {
  type: K;
} & M[K]["request"];
export type Handlers<M extends AnyMap> = {
  [K in keyof M & string]: (
    request: M[K]["request"],
    sender: Runtime,
  ) => M[K]["response"] | Promise<M[K]["response"]>;
};

/** Ask the content script of a tab. Rejects when the tab has no content script (browser pages, stores). */
export function sendToContent<K extends keyof ToContent & string>(
  tabId: number,
  type: K,
  request: ToContent[K]["request"],
): Promise<ToContent[K]["response"]> {
  return browser.tabs.sendMessage(tabId, { ...request, type }) as Promise<ToContent[K]["response"]>;
}

export function sendToBackground<K extends keyof ToBackground & string>(
  type: K,
  request: ToBackground[K]["request"],
): Promise<ToBackground[K]["response"]> {
  return browser.runtime.sendMessage({ ...request, type }) as Promise<ToBackground[K]["response"]>;
}

/** Unwraps a Result, throwing its message as an Error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
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
    return Promise.resolve(dispatch(handlers, message, sender));
  });
}

/** Runs the handler of `message`'s type. */
function dispatch<M extends AnyMap>(handlers: Handlers<M>, message: Message<M>, sender: Runtime): unknown {
  const handler = handlers[message.type as keyof M & string] as (r: unknown, s: Runtime) => unknown;
  return handler(message, sender);
}

/** The name of the port content scripts open to the background (BackgroundPort). */
const PORT_NAME = "sourcemark-content";

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Content → background requests over one long-lived port. A one-off message makes the browser open
 * and close a channel every time; the port is opened once, early (while the page's snapshot is being
 * taken), and the snapshot then travels on a channel that is already there. When MV3 stops the
 * background the port disconnects: requests in flight reject, and the next request connects anew.
 */
export class BackgroundPort {
  private port: Port | null = null;
  private next = 0;
  private readonly pending = new Map<number, Pending>();

  /** Opens the port unless it is open. */
  connect(): void {
    if (this.port) return;
    const port = browser.runtime.connect({ name: PORT_NAME });
    port.onMessage.addListener((message: unknown) => {
      const { id, value } = (message ?? {}) as { id?: unknown; value?: unknown };
      const waiting = typeof id === "number" ? this.pending.get(id) : undefined;
      if (!waiting) return;
      this.pending.delete(id as number);
      waiting.resolve(value);
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      for (const waiting of this.pending.values()) waiting.reject(new Error("The background went away."));
      this.pending.clear();
    });
    this.port = port;
  }

  request<K extends keyof ContentToBackground & string>(
    type: K,
    request: ContentToBackground[K]["request"],
  ): Promise<ContentToBackground[K]["response"]> {
    this.connect();
    const port = this.port as Port;
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        port.postMessage({ ...request, type, id });
      } catch (e) {
        this.pending.delete(id);
        if (this.port === port) this.port = null;
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }
}

/** The background's side of BackgroundPort: answers each request with `handlers`, as listen() does. */
export function listenOnPorts<M extends AnyMap>(handlers: Handlers<M>): void {
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== PORT_NAME || port.sender?.id !== browser.runtime.id) return;
    const sender = port.sender;
    port.onMessage.addListener(async (message: unknown) => {
      const id = (message as { id?: unknown } | null)?.id;
      if (typeof id !== "number" || !isMessageFor(message, handlers)) return;
      const value = await dispatch(handlers, message, sender);
      try {
        port.postMessage({ id, value });
      } catch {
        // The page went away meanwhile.
      }
    });
  });
}
