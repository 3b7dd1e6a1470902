/**
 * What the content script tells the popup about its page: plain data, so that it crosses a
 * message unchanged and the popup never touches the page.
 */
import type { Claim, Speaker } from "../engine/types";

export type PageStatus =
  /** Analysed; `claims` may be empty. */
  | "analysed"
  /** Still working (the page was just loaded). */
  | "pending"
  /** The cheap check found no article here, so nothing ran. */
  | "not-article"
  /** The article is not in English; the engine serves English news. */
  | "not-english"
  /** The user switched Sourcemark off for this site. */
  | "disabled"
  /** Something went wrong; `error` says what. */
  | "error";

export interface PageReport {
  status: PageStatus;
  url: string;
  host: string;
  title: string;
  claims: Claim[];
  speakers: Speaker[];
  error?: string;
  /** Milliseconds from the content script's start to highlights painted. */
  elapsedMs?: number;
}
