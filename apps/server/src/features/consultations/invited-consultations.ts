import mongoose from 'mongoose';
import { chatLimits } from '@jumelage/contracts/constants';
import type { InvitedConsultationListResponse } from '@jumelage/contracts/consultations';
import type { Models } from '../../models.ts';
import { asMembershipRole } from '../partnerships/partnerships.access.ts';
import { partnershipAbilities } from '../partnerships/partnerships.policy.ts';
import { presentMunicipality } from '../partnerships/partnerships.presenter.ts';
import type { UserDoc } from '../users/users.model.ts';
import { presentChannelList } from './channel-list.ts';

/** The invitations of one user that are over (`isOver`) or not, in list order, at most `limit`. */
function findInvited(models: Models, user: UserDoc, now: Date, isOver: boolean, limit: number) {
  return models.Channel.find({
    kind: 'consultation',
    'consultation.endsAt': mongoose.trusted(isOver ? { $lte: now } : { $gt: now }),
    $or: [{ 'consultation.expertIds': user._id }, { 'consultation.coordinatorIds': user._id }],
  })
    .sort({ 'consultation.startsAt': isOver ? -1 : 1 })
    .limit(limit);
}

/**
 * The consultations a user is invited to, in every partnership, each with what an invitee may know
 * of its partnership: name, municipalities and the viewer's own abilities there (all false for an
 * external expert). This is how an invitee who is not a member finds their consultations at all.
 */
export async function listInvitedConsultations(models: Models, user: UserDoc): Promise<InvitedConsultationListResponse> {
  // Not over yet (soonest first), then over (latest first): two bounded reads, however many there were.
  const now = new Date();
  const max = chatLimits.invitedConsultationsMax;
  const coming = await findInvited(models, user, now, false, max);
  const channels = [...coming, ...(coming.length < max ? await findInvited(models, user, now, true, max - coming.length) : [])];
  const partnershipIds = [...new Set(channels.map((channel) => String(channel.partnershipId)))];
  const [partnerships, memberships] = await Promise.all([
    models.Partnership.find({ _id: mongoose.trusted({ $in: partnershipIds }) }),
    models.Membership.find({ userId: user._id, partnershipId: mongoose.trusted({ $in: partnershipIds }) }),
  ]);
  const membershipIn = new Map(memberships.map((membership) => [String(membership.partnershipId), membership]));
  const roleIn = (partnershipId: string) => {
    const membership = membershipIn.get(partnershipId);
    return membership ? asMembershipRole(membership.role) : null;
  };
  const hosts = new Map(
    partnerships.map((partnership) => [
      partnership.id,
      {
        id: partnership.id,
        name: partnership.name,
        municipalities: partnership.municipalities.map(presentMunicipality),
        myMunicipalityIndex: membershipIn.get(partnership.id)?.municipalityIndex ?? null,
        abilities: partnershipAbilities(user, roleIn(partnership.id)),
      },
    ]),
  );
  const listed = await presentChannelList(models, user, channels, (channel) => roleIn(String(channel.partnershipId)));
  const data = listed.flatMap((channel) => {
    const partnership = hosts.get(channel.partnershipId);
    return partnership ? [{ ...channel, partnership }] : [];
  });
  return { data, nextCursor: null };
}
