/**
 * "Deleted 3 annotations — Undo", for a few seconds. The countdown pauses while the pointer or the
 * keyboard focus is on it, so nobody loses the chance to undo by reading slowly.
 */
import { useEffect, useRef, useState } from "preact/hooks";

export const UNDO_MS = 8000;

export interface SnackbarProps {
  /** Changes for each new message, restarting the countdown. */
  id: number;
  message: string;
  busy: boolean;
  onUndo: () => void;
  onClose: () => void;
}

export function Snackbar({ id, message, busy, onUndo, onClose }: SnackbarProps) {
  const [paused, setPaused] = useState(false);
  const left = useRef(UNDO_MS);
  const box = useRef<HTMLDivElement>(null);

  // Pointer or focus on the snackbar pauses the countdown.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const pause = () => setPaused(true);
    const resume = () => setPaused(false);
    const events: Array<[string, () => void]> = [
      ["mouseenter", pause],
      ["mouseleave", resume],
      ["focusin", pause],
      ["focusout", resume],
    ];
    for (const [type, f] of events) el.addEventListener(type, f);
    return () => {
      for (const [type, f] of events) el.removeEventListener(type, f);
    };
  }, []);

  useEffect(() => {
    left.current = UNDO_MS;
  }, [id]);

  // Ctrl+Z (⌘Z) undoes too, for keyboard users, unless they are editing text.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== "z" || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA)$/.test(t.tagName))) return;
      e.preventDefault();
      if (!busy) onUndo();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [busy, onUndo]);

  useEffect(() => {
    if (paused || busy) return;
    const started = Date.now();
    const timer = setTimeout(onClose, left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(1500, left.current - (Date.now() - started));
    };
  }, [id, paused, busy]);

  return (
    <div class="snackbar" data-testid="snackbar" ref={box}>
      <span>{message}</span>
      <button type="button" data-testid="undo" title="Undo (Ctrl+Z)" disabled={busy} onClick={onUndo}>
        {busy ? "Restoring…" : "Undo"}
      </button>
      <button type="button" class="close" aria-label="Dismiss" title="Dismiss" onClick={onClose} />
    </div>
  );
}
