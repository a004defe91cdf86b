import mongoose, { type Types } from 'mongoose';
import { dayMs } from '../days.ts';
import { isDuplicateKey } from '../db.ts';
import { AppError } from '../http/errors.ts';

// Creates that a client may send twice. On an unstable link the answer to a create can be lost
// after the server made the thing; the person presses the button again. The client sends the
// same id both times (chosen when its form opened), so the second create answers what the first
// one made instead of making a second plan, version, consultation or milestone.

/**
 * The client's id for a new record, if it was made within a day of now; else none (the server
 * makes one). Ids keep their creation order (lists and limits rely on it), so an id from a far
 * clock is not taken; that client's repeated create then makes a second record, as without an id.
 */
export function clientChosenId(id: string | undefined): Types.ObjectId | null {
  if (!id) return null;
  const chosen = new mongoose.Types.ObjectId(id);
  return Math.abs(chosen.getTimestamp().getTime() - Date.now()) <= dayMs ? chosen : null;
}

/** A stored record (a mongoose document) whose fields can be read by name. */
interface Stored {
  get(path: string): unknown;
}

export interface CreateOnce<T extends Stored> {
  /** The id the client sent (`clientChosenId` in the contracts). */
  id: string | undefined;
  find: (id: Types.ObjectId) => Promise<NoInfer<T> | null>;
  /**
   * The fields a record found under the id must have to be this create's: the same author, in the
   * same place (e.g. `{ partnershipId, createdBy }`).
   */
  sameAs: Record<string, unknown>;
  /** Makes the record, under the client's id when it gave a usable one. */
  create: (id: Types.ObjectId | undefined) => Promise<T>;
}

/**
 * Runs `create`, or answers the record an earlier create under the same id made (`isNew` false,
 * so only the first is announced). An id that names someone else's record is a conflict.
 */
export async function createOnce<T extends Stored>({ id, find, sameAs, create }: CreateOnce<T>): Promise<{ record: T; isNew: boolean }> {
  const chosen = clientChosenId(id);
  const earlier = chosen ? await find(chosen) : null;
  if (earlier) return { record: same(earlier, sameAs), isNew: false };
  try {
    return { record: await create(chosen ?? undefined), isNew: true };
  } catch (error) {
    // The same create twice at once: the first insert is committed, so it can be read back.
    const first = chosen && isDuplicateKey(error) ? await find(chosen) : null;
    if (!first) throw error;
    return { record: same(first, sameAs), isNew: false };
  }
}

function same<T extends Stored>(earlier: T, sameAs: Record<string, unknown>): T {
  const isSame = Object.entries(sameAs).every(([field, value]) => String(earlier.get(field)) === String(value));
  if (!isSame) throw new AppError('conflict', 'This id belongs to something else');
  return earlier;
}
