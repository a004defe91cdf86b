import mongoose from 'mongoose';
import type { Page } from '@jumelage/contracts/common';

/** Filter for "older than the cursor" on `_id`, newest-first lists. */
export function beforeCursor(before: string | undefined) {
  return before ? { _id: mongoose.trusted({ $lt: new mongoose.Types.ObjectId(before) }) } : {};
}

/** Turns `limit + 1` fetched rows into one page and the cursor of the next. */
export function toPage<T extends { id: string }, P>(rows: T[], limit: number, present: (row: T) => P): Page<P> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(present), nextCursor: rows.length > limit && last ? last.id : null };
}
