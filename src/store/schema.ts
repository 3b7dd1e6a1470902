/**
 * The IndexedDB schema, versioned. Each version's upgrade step is kept forever and run in order,
 * so a database from any earlier version is carried to the current one with its data (tests
 * build every earlier version with data in it and open it with the current code).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from "idb";
import { siteOf } from "../anchoring/page-key";
import type { Annotation } from "../annotation/types";

export const DB_NAME = "sourcemark";
export const DB_VERSION = 2;

/** What the library lists per page, kept in step with the annotations in the same transactions. */
export interface PageRecord {
  pageKey: string;
  url: string;
  title: string;
  site: string;
  annotationCount: number;
  /** ISO time of the latest change to one of the page's annotations. */
  updated: string;
}

export interface SourcemarkDB extends DBSchema {
  annotations: {
    key: string;
    value: Annotation;
    indexes: { pageKey: string; tags: string; updated: string };
  };
  pages: {
    key: string;
    value: PageRecord;
    indexes: { updated: string; site: string };
  };
}

type UpgradeTx = IDBPTransaction<SourcemarkDB, StoreNames<SourcemarkDB>[], "versionchange">;

/** The site an annotation belongs to, for the library's site filter: the page key's host. */
export { siteOf };

/**
 * Upgrade steps, index i carries version i to i + 1.
 * v1: annotations by id, with pageKey, tags (multi-entry) and updated indexes.
 * v2: a pages store (one record per annotated page, for the library's list and site filter),
 *     filled from the annotations already there.
 */
export const UPGRADES: Array<(db: IDBPDatabase<SourcemarkDB>, tx: UpgradeTx) => Promise<void> | void> = [
  (db) => {
    const annotations = db.createObjectStore("annotations", { keyPath: "id" });
    annotations.createIndex("pageKey", "pageKey");
    annotations.createIndex("tags", "tags", { multiEntry: true });
    annotations.createIndex("updated", "updated");
  },
  async (db, tx) => {
    const pages = db.createObjectStore("pages", { keyPath: "pageKey" });
    pages.createIndex("updated", "updated");
    pages.createIndex("site", "site");
    const byPage = new Map<string, PageRecord>();
    let cursor = await tx.objectStore("annotations").openCursor();
    while (cursor) {
      const a = cursor.value;
      const site = siteOf(a.pageKey);
      const page = byPage.get(a.pageKey);
      if (page) {
        page.annotationCount++;
        if (a.updated > page.updated) page.updated = a.updated;
      } else {
        byPage.set(a.pageKey, {
          pageKey: a.pageKey,
          url: a.url,
          title: a.title,
          site,
          annotationCount: 1,
          updated: a.updated,
        });
      }
      cursor = await cursor.continue();
    }
    for (const page of byPage.values()) await pages.put(page);
  },
];
