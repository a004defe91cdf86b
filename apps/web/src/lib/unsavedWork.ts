import { useEffect, useRef } from 'react';
import { draftsUnder } from './drafts.ts';

/** A text typed and not saved, as a page that must go at once can still offer it to be copied. */
export interface UnsavedText {
  /** What it was, in the viewer's language (the field's label). */
  label: string;
  text: string;
}

type Reader = () => UnsavedText[];
const readers = new Set<{ current: Reader }>();

/**
 * Registers what a form of the page holds and has not saved. When the page must go at once (the
 * viewer was removed from the partnership), `collectUnsavedWork` reads every registered form
 * before it unmounts, and the page that replaces it offers the texts to copy: an open milestone
 * dialog or a half-written message used to vanish with the partnership.
 */
export function useUnsavedWork(read: Reader): void {
  const holder = useRef(read);
  useEffect(() => {
    holder.current = read;
  });
  useEffect(() => {
    readers.add(holder);
    return () => {
      readers.delete(holder);
    };
  }, []);
}

/**
 * The unsaved texts of every registered form, empty ones left out, and the messages written and
 * not sent in channels not open now (`draftsUnder(draftStart)`, a partnership's; '' for all),
 * under `draftLabel`.
 */
export function collectUnsavedWork(draftStart: string, draftLabel: string): UnsavedText[] {
  const open = [...readers]
    .flatMap((reader) => reader.current())
    .filter((unsaved) => unsaved.text.trim() !== '');
  const shown = new Set(open.map((unsaved) => unsaved.text));
  const drafts = draftsUnder(draftStart)
    .filter((text) => !shown.has(text))
    .map((text) => ({ label: draftLabel, text }));
  return [...open, ...drafts];
}
