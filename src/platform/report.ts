/**
 * What the content script tells the popup about its page: plain data, so that it crosses a
 * message unchanged and the popup never touches the page.
 */
import type { Annotation } from "../annotation/types";
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
  /** The user's annotations on this page, in text order, with the ones not found listed in `orphans`. */
  annotations: Annotation[];
  /** Ids of annotations that could not be found on this version of the page. */
  orphans: string[];
  error?: string;
  /** Milliseconds from the content script's start to highlights painted. */
  elapsedMs?: number;
  /** The longest single task the content script ran for it, in milliseconds. */
  longestTaskMs?: number;
  /** Milliseconds of work in all (the time between tasks, when the page ran, left out). */
  workMs?: number;
  /** Milliseconds by stage: find, model and paint are work on the page; analyse is the wait for the background's engine. */
  stages?: Record<string, number>;
}
