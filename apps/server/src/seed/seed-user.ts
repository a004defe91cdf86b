import type { Types } from 'mongoose';

/** A demo account as the seeds of the features need it (the `*.seed.ts` files). */
export interface SeedUser {
  _id: Types.ObjectId;
  name: string;
}
