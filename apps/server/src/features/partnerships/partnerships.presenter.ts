import { asLocale, partnershipStatuses, themes, type MembershipRole } from '@jumelage/contracts/constants';
import type { Member, MunicipalityView, Partnership } from '@jumelage/contracts/partnerships';
import type { UserDoc } from '../users/users.model.ts';
import type { MembershipDoc } from './memberships.model.ts';
import type { PartnershipDoc } from './partnerships.model.ts';
import { asMembershipRole } from './partnerships.access.ts';

export function presentMunicipality(m: PartnershipDoc['municipalities'][number]): MunicipalityView {
  return {
    name: m.name,
    country: m.country,
    language: asLocale(m.language),
    timeZone: m.timeZone,
  };
}

export function presentPartnership(
  partnership: PartnershipDoc,
  myRole: MembershipRole | null,
  memberCount: number,
): Partnership {
  return {
    id: partnership.id,
    name: partnership.name,
    municipalities: partnership.municipalities.map(presentMunicipality),
    themes: themes.filter((theme) => partnership.themes.includes(theme)),
    description: partnership.description,
    startsOn: partnership.startsOn ?? null,
    endsOn: partnership.endsOn ?? null,
    status: partnershipStatuses.find((status) => status === partnership.status) ?? 'active',
    createdAt: partnership.createdAt.toISOString(),
    myRole,
    memberCount,
  };
}

export function presentMember(membership: MembershipDoc, user: UserDoc): Member {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    role: asMembershipRole(membership.role),
    municipalityIndex: membership.municipalityIndex,
    joinedAt: membership.createdAt.toISOString(),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  };
}
