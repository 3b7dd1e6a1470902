/**
 * The one door to the extension API. Firefox and current Chrome ship a promise-based `browser`
 * namespace; the polyfill fills the gap on older Chromes and is a no-op where `browser` exists.
 * webextension-polyfill is no longer developed, so nothing else may import it: when it goes,
 * only this file changes.
 */
import polyfill from "webextension-polyfill";

export type Browser = typeof polyfill;
export type Tab = import("webextension-polyfill").Tabs.Tab;
export type Runtime = import("webextension-polyfill").Runtime.MessageSender;
export type Port = import("webextension-polyfill").Runtime.Port;
export type { Menus } from "webextension-polyfill";

export const browser: Browser = polyfill;
