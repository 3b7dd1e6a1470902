/** The annotated pages, most recently changed first; choosing one narrows the list to its annotations. */
import type { PageRecord } from "../../store/schema";
import { formatFull, formatWhen, plural, safeHref } from "../shared/format";

export interface PagesProps {
  pages: readonly PageRecord[];
  active: string | null;
  now: Date;
  onChoose: (pageKey: string | null) => void;
}

export function PagesList({ pages, active, now, onChoose }: PagesProps) {
  return (
    <nav class="pages" aria-labelledby="pages-heading">
      <h2 id="pages-heading">
        Pages <span class="count">{pages.length}</span>
      </h2>
      {pages.length === 0 ? (
        <p class="muted small">No pages match.</p>
      ) : (
        <ul>
          {pages.map((p) => {
            const href = safeHref(p.url);
            const on = active === p.pageKey;
            return (
              <li
                key={p.pageKey}
                class={`page${on ? " active" : ""}`}
                data-testid="page"
                data-page-key={p.pageKey}
              >
                <button
                  type="button"
                  class="page-choose"
                  aria-pressed={on}
                  title={on ? "Show annotations from every page" : "Show only this page’s annotations"}
                  onClick={() => onChoose(on ? null : p.pageKey)}
                >
                  <span class="page-title" data-testid="page-title">
                    {p.title || p.url}
                  </span>
                  <span class="page-site">{p.site}</span>
                  <span class="page-meta">
                    <span data-testid="page-count">{plural(p.annotationCount, "annotation")}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={p.updated} title={`Last change ${formatFull(p.updated)}`}>
                      {formatWhen(p.updated, now)}
                    </time>
                  </span>
                </button>
                {href && (
                  <a
                    class="open"
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer"
                    title="Open the page in a new tab"
                  >
                    <span class="visually-hidden">Open “{p.title || p.url}” in a new tab</span>
                    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                      <path
                        fill="currentColor"
                        d="M9 2h5v5h-1.5V4.56L7.53 9.53 6.47 8.47l4.97-4.97H9V2ZM3 4h4v1.5H4.5v6h6V9H12v4H3V4Z"
                      />
                    </svg>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
