import type { MembershipRole } from '@jumelage/contracts/constants';
import type { Channel } from '@jumelage/contracts/consultations';
import type { Member, MunicipalityView } from '@jumelage/contracts/partnerships';

/** Someone who may appear in the chat: a member, or a coordinator or expert invited to a consultation. */
export interface Person {
  id: string;
  name: string;
  timeZone: string;
  /** The municipality a member works for; null for invitees from outside. */
  municipality: string | null;
  role: MembershipRole | null;
  invitedAs: 'expert' | 'coordinator' | null;
}

export function buildDirectory(
  municipalities: MunicipalityView[],
  members: Member[],
  channels: Channel[],
): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const channel of channels) {
    for (const invitee of channel.consultation?.invitees ?? []) {
      people.set(invitee.id, { ...invitee, municipality: null, role: null });
    }
  }
  for (const member of members) {
    people.set(member.userId, {
      id: member.userId,
      name: member.name,
      timeZone: member.timeZone,
      municipality: municipalities[member.municipalityIndex]?.name ?? null,
      role: member.role,
      invitedAs: people.get(member.userId)?.invitedAs ?? null,
    });
  }
  return people;
}

/**
 * The municipalities other than the viewer's own, whose local time matters to the viewer; all
 * of them for viewers who are not members (coordinators, invited experts).
 */
export function partnerMunicipalities(
  municipalities: MunicipalityView[],
  members: Member[],
  viewerId: string,
): MunicipalityView[] {
  const ownIndex = members.find((member) => member.userId === viewerId)?.municipalityIndex;
  return municipalities.filter((_, index) => index !== ownIndex);
}
