import mongoose from 'mongoose';
import { chatLimits } from '@jumelage/contracts/constants';
import type { Models } from '../../models.ts';
import type { UserDoc } from '../users/users.model.ts';
import type { ChannelDoc } from './channels.model.ts';
import { daysFrom } from '../../days.ts';


/**
 * The consultations in one person's calendar feed: those of the partnerships they are a member of
 * and those they are invited to, from `feedPastDays` ago on, soonest first (at most
 * `feedConsultationsMax`). A coordinator's feed holds only their own, not every partnership's.
 */
export async function findFeedConsultations(models: Models, user: UserDoc, now = new Date()): Promise<{ channels: ChannelDoc[]; memberOf: Set<string> }> {
  const memberships = await models.Membership.find({ userId: user._id });
  const partnershipIds = memberships.map((membership) => membership.partnershipId);
  const channels = await models.Channel.find({
    kind: 'consultation',
    'consultation.endsAt': mongoose.trusted({ $gte: daysFrom(now, -chatLimits.feedPastDays) }),
    $or: [
      { partnershipId: mongoose.trusted({ $in: partnershipIds }) },
      { 'consultation.expertIds': user._id },
      { 'consultation.coordinatorIds': user._id },
    ],
  })
    .sort({ 'consultation.startsAt': 1 })
    .limit(chatLimits.feedConsultationsMax);
  return { channels, memberOf: new Set(partnershipIds.map(String)) };
}
