/**
 * One annotation in the library: the quote, who said it, the note, tags and colour, each editable
 * in place. Edits compose: a tag added while the note is open is saved with the note, never lost
 * to a stale copy. Page text is only ever rendered as text.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Annotation, HighlightColor } from "../../annotation/types";
import { COLORS, cleanTags } from "../../annotation/validate";
import { siteOf } from "../../store/schema";
import {
  COLOR_LABELS,
  canonicalTags,
  excerpt,
  formatFull,
  formatWhen,
  safeHref,
  splitTags,
} from "../shared/format";

export interface ItemProps {
  annotation: Annotation;
  selected: boolean;
  now: Date;
  tagListId: string;
  /** Tags in use and the taxonomy, so a typed tag takes the spelling already in use. */
  knownTags: readonly string[];
  onSelect: (id: string, selected: boolean) => void;
  /** Saves the edited annotation; resolves false when it failed (the page shows why). */
  onSave: (annotation: Annotation) => Promise<boolean>;
  onDelete: (ids: string[]) => void;
  onTagFilter: (tag: string) => void;
}

export function AnnotationItem({
  annotation,
  selected,
  now,
  tagListId,
  knownTags,
  onSelect,
  onSave,
  onDelete,
  onTagFilter,
}: ItemProps) {
  const a = annotation;
  const [editing, setEditing] = useState(false);
  const [noteDraft, setNoteDraft] = useState(a.note);
  const [tagDraft, setTagDraft] = useState("");
  const [saving, setSaving] = useState(false);
  // The newest version of this annotation, including edits still on their way to the background.
  const latest = useRef(a);
  const current = useRef(a);
  current.current = a;
  useEffect(() => {
    if (a.updated >= latest.current.updated || a.id !== latest.current.id) latest.current = a;
  }, [a]);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const commit = async (patch: Partial<Pick<Annotation, "note" | "tags" | "color">>): Promise<boolean> => {
    const next: Annotation = { ...latest.current, ...patch, updated: new Date().toISOString() };
    latest.current = next;
    setSaving(true);
    try {
      const ok = await onSave(next);
      if (!ok) latest.current = current.current; // Not saved: later edits start from what is stored.
      return ok;
    } finally {
      setSaving(false);
    }
  };

  /** Tags with what is typed in the tag field added; null when nothing is typed. */
  const pendingTags = (typed = tagDraft): string[] | null => {
    const extra = canonicalTags(splitTags(typed), knownTags);
    return extra.length ? cleanTags([...latest.current.tags, ...extra]) : null;
  };

  const addTyped = async (typed = tagDraft) => {
    const tags = pendingTags(typed);
    setTagDraft("");
    if (tags && tags.length !== latest.current.tags.length) await commit({ tags });
  };

  const removeTag = (tag: string) => void commit({ tags: latest.current.tags.filter((t) => t !== tag) });

  const openEditor = () => {
    setNoteDraft(latest.current.note);
    setEditing(true);
  };
  useEffect(() => {
    if (editing) noteRef.current?.focus();
  }, [editing]);

  const closeEditor = () => {
    setEditing(false);
    // Give focus back to where the user started, once the button is back.
    setTimeout(() => editButton.current?.focus(), 0);
  };

  const saveNote = async () => {
    const tags = pendingTags();
    if (tags) setTagDraft("");
    const note = noteDraft.replace(/\s+$/, "");
    const ok = await commit(tags ? { note, tags } : { note });
    if (ok) closeEditor();
  };

  const quote = excerpt(a.selectors.quote.exact);
  const href = safeHref(a.url);
  const site = siteOf(a.pageKey) || siteOf(a.url);
  const claim = a.claimRef;
  const selectLabel = `Select “${excerpt(a.selectors.quote.exact, 60)}”`;

  return (
    <li
      class={`annotation color-${a.color}${selected ? " selected" : ""}`}
      data-testid="annotation"
      data-annotation-id={a.id}
      aria-busy={saving}
    >
      <div class="select">
        <input
          type="checkbox"
          checked={selected}
          aria-label={selectLabel}
          data-testid="select"
          onChange={(e) => onSelect(a.id, e.currentTarget.checked)}
        />
      </div>
      <div class="body">
        <blockquote
          class="quote"
          data-testid="annotation-quote"
          title={a.selectors.quote.exact.length > quote.length ? a.selectors.quote.exact : undefined}
        >
          {quote}
        </blockquote>
        {claim && (
          <p class="speaker" data-testid="annotation-speaker">
            <span class="visually-hidden">Said by </span>
            <span aria-hidden="true">— </span>
            {claim.speaker || "unnamed source"}
            {claim.anonymous && <span class="badge anon">anonymous</span>}
          </p>
        )}

        {editing ? (
          <form
            class="note-editor"
            onSubmit={(e) => {
              e.preventDefault();
              void saveNote();
            }}
          >
            <label class="visually-hidden" for={`note-${a.id}`}>
              Note
            </label>
            <textarea
              id={`note-${a.id}`}
              ref={noteRef}
              data-testid="note-input"
              rows={3}
              value={noteDraft}
              placeholder="Why this matters, what to check, a source…"
              onInput={(e) => setNoteDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void saveNote();
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  closeEditor();
                }
              }}
            />
            <div class="row">
              <button type="submit" class="primary" data-testid="save-note" disabled={saving}>
                Save note
              </button>
              <button type="button" onClick={closeEditor}>
                Cancel
              </button>
              <span class="hint">Ctrl+Enter saves, Esc cancels</span>
            </div>
          </form>
        ) : (
          a.note && (
            <p class="note" data-testid="annotation-note">
              {a.note}
            </p>
          )
        )}

        <div class="tags-row">
          <ul class="tags" data-testid="annotation-tags" aria-label="Tags">
            {a.tags.map((tag) => (
              <li key={tag} class="chip">
                <button
                  type="button"
                  class="chip-label"
                  title={`Show annotations tagged “${tag}”`}
                  onClick={() => onTagFilter(tag)}
                >
                  {tag}
                </button>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={`Remove tag ${tag}`}
                  title="Remove tag"
                  onClick={() => removeTag(tag)}
                />
              </li>
            ))}
          </ul>
          <input
            class="tag-input"
            data-testid="tag-input"
            list={tagListId}
            value={tagDraft}
            placeholder="Add tag…"
            aria-label="Add a tag"
            autocomplete="off"
            onInput={(e) => {
              const value = e.currentTarget.value;
              setTagDraft(value);
              // A comma finishes a tag, as in most tag fields.
              if (value.includes(",")) void addTyped(value);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void addTyped();
              } else if (e.key === "Escape" && tagDraft) {
                e.preventDefault();
                setTagDraft("");
              }
            }}
            onBlur={() => {
              if (tagDraft.trim()) void addTyped();
            }}
          />
        </div>

        <div class="meta">
          {href ? (
            <a
              class="page-link"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="annotation-link"
              title={a.url}
            >
              {a.title || a.url}
            </a>
          ) : (
            <span class="page-link">{a.title || a.url}</span>
          )}
          {site && <span class="site">{site}</span>}
          <time
            dateTime={a.updated}
            title={`Changed ${formatFull(a.updated)}${a.created !== a.updated ? ` · created ${formatFull(a.created)}` : ""}`}
          >
            {formatWhen(a.updated, now)}
          </time>
        </div>

        <div class="actions">
          <fieldset class="colors">
            <legend class="visually-hidden">Highlight colour</legend>
            {COLORS.map((c: HighlightColor) => (
              <label key={c} class={`swatch-choice color-${c}`} title={COLOR_LABELS[c]}>
                <input
                  type="radio"
                  name={`color-${a.id}`}
                  value={c}
                  checked={a.color === c}
                  data-testid={`color-${c}`}
                  onChange={() => void commit({ color: c })}
                />
                <span class="visually-hidden">{COLOR_LABELS[c]}</span>
              </label>
            ))}
          </fieldset>
          <span class="spacer" />
          {!editing && (
            <button type="button" ref={editButton} data-testid="edit-note" onClick={openEditor}>
              {a.note ? "Edit note" : "Add note"}
            </button>
          )}
          <button type="button" class="danger" data-testid="delete" onClick={() => onDelete([a.id])}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}
