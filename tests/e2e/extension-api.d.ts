/**
 * `chrome` as code evaluated inside the extension's service worker sees it (Chrome's promise-based
 * API has the same shape as the WebExtension `browser` namespace for what the tests call).
 */
declare const chrome: import("webextension-polyfill").Browser;
