import { z } from 'zod';
import { limits } from './constants.ts';

export const objectId = z.string().regex(/^[a-f0-9]{24}$/, 'must be a 24-character hex id');

/**
 * The id a client chose for something it creates (an ObjectId made within the last day): a create
 * sent again after its answer was lost then answers what the first one made, not a second one.
 */
export const clientChosenId = objectId.optional();

export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });

/** A time zone the runtime knows (IANA name such as Europe/Berlin or Africa/Tunis). */
export const timeZone = z
  .string()
  .max(64)
  .refine((value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

export const pageQuery = z.strictObject({
  before: objectId.optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
});
export type PageQuery = z.infer<typeof pageQuery>;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
