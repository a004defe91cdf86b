import mongoose from 'mongoose';
import type { OverviewSort } from '@jumelage/contracts/overview';
import { AppError } from '../../http/errors.ts';

interface SortSpec {
  field: string;
  direction: 1 | -1;
  isDate: boolean;
}

/** Each order has an index ending in `_id`, so pages are index range scans, stable under ties. */
export const sortSpecs: Record<OverviewSort, SortSpec> = {
  name: { field: 'name', direction: 1, isDate: false },
  progress: { field: 'stats.percentDone', direction: -1, isDate: false },
  next_due: { field: 'stats.nextDueOn', direction: 1, isDate: false },
  last_activity: { field: 'stats.lastActivityAt', direction: -1, isDate: true },
};

/** A sort in the direction asked for; `idDirection` orders ties. */
export interface SortOrder extends SortSpec {
  idDirection: 1 | -1;
}

/**
 * The sort as asked: in its own direction, or the other way round. Reversed, ties are reversed
 * too, so that a page is still a range scan of the same index, read backwards.
 */
export function sortOrder(sort: OverviewSort, order?: 'asc' | 'desc'): SortOrder {
  const spec = sortSpecs[sort];
  const direction = order === undefined ? spec.direction : order === 'asc' ? 1 : -1;
  return { ...spec, direction, idDirection: direction === spec.direction ? 1 : -1 };
}

type CursorValue = string | number | Date;

export function encodeCursor(value: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString('base64url');
}

function invalidCursor(): AppError {
  return new AppError('validation_failed', 'The request is not valid', [{ path: 'after', message: 'unknown cursor' }]);
}

/** The filter that continues after the cursor's row in the given order. */
export function afterCursor(spec: SortOrder, cursor: string) {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [rawValue, id] = decoded;
  if (typeof id !== 'string' || !/^[a-f0-9]{24}$/.test(id)) throw invalidCursor();
  if (typeof rawValue !== 'string' && typeof rawValue !== 'number') throw invalidCursor();
  const value = spec.isDate ? new Date(rawValue) : rawValue;
  if (value instanceof Date && Number.isNaN(value.getTime())) throw invalidCursor();
  const beyond = spec.direction === 1 ? '$gt' : '$lt';
  return {
    $or: [
      { [spec.field]: mongoose.trusted({ [beyond]: value }) },
      { [spec.field]: value, _id: mongoose.trusted({ [spec.idDirection === 1 ? '$gt' : '$lt']: new mongoose.Types.ObjectId(id) }) },
    ],
  };
}
