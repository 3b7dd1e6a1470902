/**
 * The library (the extension's options page): every annotated page and every annotation, one
 * search box, editing in place, delete with undo, export and import. All data comes from the
 * background over typed messages; changes made in other tabs arrive through storage.onChanged.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Annotation } from "../../annotation/types";
import { cleanTags, TAXONOMY } from "../../annotation/validate";
import { onAnnotationsChanged } from "../../platform/annotation-changes";
import type { PageRecord } from "../../store/schema";
import { plural } from "../shared/format";
import { AnnotationItem } from "./annotation-item";
import { api } from "./api";
import { ImportExport } from "./import-export";
import { PagesList } from "./pages-list";
import { filterValue, isFiltering, parseQuery, resolveTag, withFilter } from "./query";
import { Snackbar } from "./snackbar";

type Sort = "newest" | "oldest";
type TagCount = { tag: string; count: number };
interface Undo {
  id: number;
  deleted: Annotation[];
}

const TAG_LIST_ID = "library-tag-options";
const SEARCH_DELAY_MS = 150;
const SHOWN_TAG_CHIPS = 12;
/** Annotations rendered at first and per "Show more", so a big library stays quick. */
const PAGE_SIZE = 200;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function initialSearch(): string {
  return new URLSearchParams(location.search).get("q") ?? "";
}

export function App() {
  const [input, setInput] = useState(initialSearch);
  const [sort, setSort] = useState<Sort>("newest");
  const [results, setResults] = useState<Annotation[] | null>(null);
  const [pages, setPages] = useState<PageRecord[] | null>(null);
  const [tags, setTags] = useState<TagCount[]>([]);
  const [error, setError] = useState("");
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pageFilter, setPageFilter] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [undoBusy, setUndoBusy] = useState(false);
  const [now, setNow] = useState(() => new Date());
  const [notice, setNotice] = useState<{ id: number; text: string } | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

  const fail = (e: unknown) => setError(messageOf(e));

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  // The newest input and tags, for searches started by timers and change events.
  const latest = useRef({ input, sort, tags });
  latest.current = { input, sort, tags };
  const searchSeq = useRef(0);
  const undoSeq = useRef(0);
  const searchBox = useRef<HTMLInputElement>(null);
  /** After a delete: the annotation to put the focus on ("" for the list heading), or null. */
  const focusAfter = useRef<string | null>(null);

  const runSearch = async () => {
    const mine = ++searchSeq.current;
    const { input: text, sort: order, tags: known } = latest.current;
    const query = resolveTag(
      parseQuery(text, order),
      known.map((t) => t.tag),
    );
    try {
      const list = await api.search(query);
      if (mine === searchSeq.current) setResults(list);
    } catch (e) {
      if (mine === searchSeq.current) {
        setResults((r) => r ?? []);
        fail(e);
      }
    }
  };

  const loadMeta = async () => {
    try {
      const [p, t] = await Promise.all([api.pages(), api.tags()]);
      setPages(p);
      setTags(t);
    } catch (e) {
      setPages((p) => p ?? []);
      fail(e);
    }
  };

  const refresh = () => Promise.all([runSearch(), loadMeta()]);

  // First load, and again whenever annotations change anywhere (other tabs, the content script, us).
  useEffect(() => {
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = onAnnotationsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), 80);
    });
    const clock = setInterval(() => setNow(new Date()), 60_000);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      clearInterval(clock);
    };
  }, []);

  // Search as the user types (debounced), at once when the order changes.
  const searched = useRef({ input, sort });
  useEffect(() => {
    const typed = searched.current.input !== input;
    if (!typed && searched.current.sort === sort) return;
    searched.current = { input, sort };
    const timer = setTimeout(() => void runSearch(), typed ? SEARCH_DELAY_MS : 0);
    const url = new URL(location.href);
    if (input.trim()) url.searchParams.set("q", input);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    return () => clearTimeout(timer);
  }, [input, sort]);

  // "/" jumps to the search box, as on many sites.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      searchBox.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  // A tag typed in another case (`tag:Disputed`) is searched again once the tags in use are known.
  const tagKey = tags.map((t) => t.tag).join("\n");
  const searchedTags = useRef(tagKey);
  useEffect(() => {
    if (searchedTags.current === tagKey) return;
    searchedTags.current = tagKey;
    const typed = filterValue(latest.current.input, "tag");
    if (typed && !tags.some((t) => t.tag === typed)) void runSearch();
  }, [tagKey]);

  // The chosen page is gone (its last annotation deleted): show every page again.
  useEffect(() => {
    if (pageFilter !== null && pages !== null && !pages.some((p) => p.pageKey === pageFilter))
      setPageFilter(null);
  }, [pages, pageFilter]);

  // A new search starts at the top.
  useEffect(() => setLimit(PAGE_SIZE), [input, sort, pageFilter]);

  const query = useMemo(() => parseQuery(input, sort), [input, sort]);
  const filtering = isFiltering(query);
  const shown = useMemo(
    () => (results ?? []).filter((a) => pageFilter === null || a.pageKey === pageFilter),
    [results, pageFilter],
  );
  const total = (pages ?? []).reduce((n, p) => n + p.annotationCount, 0);
  const listedPages = useMemo(() => {
    if (!pages) return [];
    if (!filtering || !results) return pages;
    const hit = new Set(results.map((a) => a.pageKey));
    return pages.filter((p) => hit.has(p.pageKey));
  }, [pages, results, filtering]);
  const activePage = pages?.find((p) => p.pageKey === pageFilter) ?? null;

  // Keep the selection to what is on screen, and the focus on the list after a delete.
  useEffect(() => {
    const target = focusAfter.current;
    if (target !== null) {
      const item = target
        ? document.querySelector<HTMLElement>(
            `[data-annotation-id="${CSS.escape(target)}"] [data-testid="delete"]`,
          )
        : null;
      (item ?? document.getElementById("results-heading"))?.focus();
      focusAfter.current = null;
    }
    const ids = new Set(shown.map((a) => a.id));
    setSelected((s) => ([...s].every((id) => ids.has(id)) ? s : new Set([...s].filter((id) => ids.has(id)))));
  }, [shown]);

  const tagNames = tags.map((t) => t.tag);
  const tagOptions = useMemo(() => cleanTags([...tagNames, ...TAXONOMY]), [tags]);
  const currentTag = filterValue(input, "tag");
  const resolvedTag = resolveTag({ tag: currentTag ?? "" }, tagNames).tag || undefined;

  const setTagFilter = (tag: string | null) => {
    setInput((text) => withFilter(text, "tag", tag));
  };

  const save = async (annotation: Annotation): Promise<boolean> => {
    try {
      await api.save([annotation]);
      setResults((list) => list?.map((a) => (a.id === annotation.id ? annotation : a)) ?? list);
      return true;
    } catch (e) {
      fail(e);
      return false;
    }
  };

  const remove = async (ids: string[]) => {
    if (ids.length === 0) return;
    // Where the keyboard focus goes once the deleted items are gone: the item that takes their place.
    const gone = new Set(ids);
    const from = document.activeElement?.closest<HTMLElement>("[data-annotation-id]")?.dataset.annotationId;
    let next: string | null = null;
    if (from && gone.has(from)) {
      const at = shown.findIndex((a) => a.id === from);
      const rest = shown.filter((a) => !gone.has(a.id));
      next = rest[Math.min(at, rest.length - 1)]?.id ?? "";
    } else if (document.activeElement?.getAttribute("data-testid") === "delete-selected") next = "";
    try {
      const deleted = await api.remove(ids);
      focusAfter.current = next;
      setResults((list) => list?.filter((a) => !gone.has(a.id)) ?? list);
      setSelected((s) => new Set([...s].filter((id) => !gone.has(id))));
      if (deleted.length > 0) setUndo({ id: ++undoSeq.current, deleted });
    } catch (e) {
      fail(e);
    }
  };

  const restore = async () => {
    if (!undo) return;
    setUndoBusy(true);
    try {
      await api.save(undo.deleted);
      setUndo(null);
      await refresh();
    } catch (e) {
      fail(e);
    } finally {
      setUndoBusy(false);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allSelected = shown.length > 0 && shown.every((a) => selected.has(a.id));

  const emptyLibrary =
    pages !== null && pages.length === 0 && results !== null && results.length === 0 && !filtering;

  return (
    <div class="library">
      <header class="top">
        <div class="brand">
          <h1>
            <img
              src="icons/icon-32.png"
              alt=""
              width="24"
              height="24"
              onError={(e) => e.currentTarget.remove()}
            />
            Sourcemark library
          </h1>
          <p class="muted">
            {pages === null
              ? "Loading…"
              : total === 0
                ? "Your highlights, notes and tags"
                : `${plural(total, "annotation")} on ${plural(pages.length, "page")}`}
          </p>
        </div>
        <ImportExport
          filtering={filtering || pageFilter !== null}
          shown={shown}
          onError={fail}
          onNotice={(text) => setNotice({ id: ++undoSeq.current, text })}
        />
      </header>

      <div class={`error-bar${error ? " shown" : ""}`}>
        <p role="alert" data-testid="library-error">
          {error}
        </p>
        {error && (
          <button
            type="button"
            class="close"
            aria-label="Dismiss the message"
            title="Dismiss"
            onClick={() => setError("")}
          />
        )}
      </div>

      {emptyLibrary ? (
        <EmptyLibrary />
      ) : (
        <>
          <search class="controls" aria-label="Search annotations">
            <div class="search-row">
              <label class="search">
                <span class="visually-hidden">Search annotations</span>
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                  <path
                    fill="currentColor"
                    d="M10.68 11.74a6 6 0 1 1 1.06-1.06l3.04 3.04-1.06 1.06-3.04-3.04ZM11.5 7a4.5 4.5 0 1 0-9 0 4.5 4.5 0 0 0 9 0Z"
                  />
                </svg>
                <input
                  ref={searchBox}
                  type="search"
                  data-testid="library-search"
                  value={input}
                  placeholder='Search… e.g. tag:disputed site:example.com speaker:"Jane Doe" budget'
                  aria-describedby="search-help"
                  autocomplete="off"
                  spellcheck={false}
                  onInput={(e) => setInput(e.currentTarget.value)}
                />
              </label>
              <label class="field">
                <span class="visually-hidden">Filter by tag</span>
                <select
                  data-testid="library-tag-filter"
                  value={resolvedTag ?? ""}
                  onChange={(e) => setTagFilter(e.currentTarget.value || null)}
                >
                  <option value="">All tags</option>
                  {resolvedTag && !tagNames.includes(resolvedTag) && (
                    <option value={resolvedTag}>{resolvedTag}</option>
                  )}
                  {tags.map((t) => (
                    <option key={t.tag} value={t.tag}>
                      {t.tag} ({t.count})
                    </option>
                  ))}
                </select>
              </label>
              <label class="field">
                <span class="visually-hidden">Order</span>
                <select
                  data-testid="library-sort"
                  value={sort}
                  onChange={(e) => setSort(e.currentTarget.value === "oldest" ? "oldest" : "newest")}
                >
                  <option value="newest">Newest first</option>
                  <option value="oldest">Oldest first</option>
                </select>
              </label>
            </div>
            <p id="search-help" class="help muted">
              Words match quotes, notes, tags, speakers and titles. Narrow with <code>tag:</code>,{" "}
              <code>site:</code> and <code>speaker:"…"</code>. Press <kbd>/</kbd> to search.
            </p>
            {tags.length > 0 && (
              <ul class="tag-chips" aria-label="Tags in use">
                {tags.slice(0, SHOWN_TAG_CHIPS).map((t) => {
                  const on = resolvedTag === t.tag;
                  return (
                    <li key={t.tag}>
                      <button
                        type="button"
                        class="chip toggle"
                        aria-pressed={on}
                        data-testid="tag-chip"
                        onClick={() => setTagFilter(on ? null : t.tag)}
                      >
                        {t.tag} <span class="n">{t.count}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </search>

          <div class="columns">
            <PagesList pages={listedPages} active={pageFilter} now={now} onChoose={setPageFilter} />
            <main class="results" aria-labelledby="results-heading">
              <div class="results-head">
                <h2 id="results-heading" aria-live="polite" tabIndex={-1}>
                  {results === null
                    ? "Loading your annotations…"
                    : filtering || pageFilter
                      ? `${plural(shown.length, "match", "matches")}`
                      : plural(shown.length, "annotation")}
                </h2>
                {activePage && (
                  <span class="chip filter">
                    <span>Page: {activePage.title || activePage.url}</span>
                    <button
                      type="button"
                      class="chip-remove"
                      aria-label="Show annotations from every page"
                      title="Show every page"
                      onClick={() => setPageFilter(null)}
                    />
                  </span>
                )}
                {shown.length > 0 && (
                  <div class="bulk">
                    <label class="select-all">
                      <input
                        type="checkbox"
                        data-testid="select-all"
                        checked={allSelected}
                        indeterminate={selected.size > 0 && !allSelected}
                        onChange={(e) =>
                          setSelected(e.currentTarget.checked ? new Set(shown.map((a) => a.id)) : new Set())
                        }
                      />{" "}
                      Select all
                    </label>
                    {selected.size > 0 && (
                      <button
                        type="button"
                        class="danger"
                        data-testid="delete-selected"
                        onClick={() => void remove([...selected])}
                      >
                        Delete {plural(selected.size, "selected", "selected")}
                      </button>
                    )}
                  </div>
                )}
              </div>

              {results !== null && shown.length === 0 ? (
                <NoMatches
                  onClear={() => {
                    setInput("");
                    setPageFilter(null);
                    searchBox.current?.focus();
                  }}
                />
              ) : (
                <ul class="annotations">
                  {shown.slice(0, limit).map((a) => (
                    <AnnotationItem
                      key={a.id}
                      annotation={a}
                      selected={selected.has(a.id)}
                      now={now}
                      tagListId={TAG_LIST_ID}
                      knownTags={tagOptions}
                      onSelect={toggle}
                      onSave={save}
                      onDelete={(ids) => void remove(ids)}
                      onTagFilter={(tag) => setTagFilter(tag)}
                    />
                  ))}
                </ul>
              )}
              {shown.length > limit && (
                <div class="more">
                  <button type="button" data-testid="show-more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                    Show {Math.min(PAGE_SIZE, shown.length - limit)} more ({shown.length - limit} not shown)
                  </button>
                </div>
              )}
            </main>
          </div>
        </>
      )}

      <datalist id={TAG_LIST_ID}>
        {tagOptions.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>

      <div class="snackbar-region" role="status" aria-live="polite">
        {!undo && notice && (
          <div class="snackbar notice" data-testid="notice">
            {notice.text}
          </div>
        )}
        {undo && (
          <Snackbar
            id={undo.id}
            message={`Deleted ${plural(undo.deleted.length, "annotation")}.`}
            busy={undoBusy}
            onUndo={() => void restore()}
            onClose={() => setUndo(null)}
          />
        )}
      </div>
    </div>
  );
}

function EmptyLibrary() {
  return (
    <section class="empty-library" data-testid="empty-library" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No annotations yet</h2>
      <p>
        Highlights, notes and tags you make on news pages are kept here, on this device, so you can find them
        again.
      </p>
      <ol class="steps">
        <Step n={1}>Open a news article and select the passage you want to keep.</Step>
        <Step n={2}>
          Highlight it: use the small toolbar that appears by the selection, right-click and choose{" "}
          <strong>Highlight with Sourcemark</strong>, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd>.
        </Step>
        <Step n={3}>Add a note or a tag such as “needs verification”. It shows up here at once.</Step>
      </ol>
      <p class="muted">
        Already have annotations from another browser? Import a Sourcemark export file above.
      </p>
    </section>
  );
}

function Step({ n, children }: { n: number; children: ComponentChildren }) {
  return (
    <li>
      <span class="step-n" aria-hidden="true">
        {n}
      </span>
      <span>{children}</span>
    </li>
  );
}

function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <div class="no-matches" data-testid="no-matches">
      <h3>Nothing matches</h3>
      <p class="muted">Try fewer words, or another tag or site.</p>
      <button type="button" data-testid="clear-search" onClick={onClear}>
        Clear search
      </button>
    </div>
  );
}
