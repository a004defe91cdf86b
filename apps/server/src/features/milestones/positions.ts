import { generateKeyBetween } from 'fractional-indexing';
import type mongoose from 'mongoose';
import type { MilestoneStatus } from '@jumelage/contracts/constants';
import { AppError } from '../../http/errors.ts';
import type { Models } from '../../models.ts';

/** The regex in the contract accepts the alphabet; only the library knows whether a key is well formed. */
export function assertValidPosition(position: string): void {
  try {
    generateKeyBetween(position, null);
  } catch {
    throw new AppError('validation_failed', 'The request is not valid', [
      { path: 'position', message: 'must be a fractional index key' },
    ]);
  }
}

/** A key after the last milestone of a column: where new and moved-without-position milestones go. */
export async function positionAtEnd(models: Models, partnershipId: mongoose.Types.ObjectId, status: MilestoneStatus): Promise<string> {
  const last = await models.Milestone.findOne({ partnershipId, status }, { position: 1 }).sort({ position: -1 });
  return generateKeyBetween(last?.position ?? null, null);
}
