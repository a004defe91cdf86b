import { z } from 'zod';
import {
  limits,
  locales,
  membershipRoles,
  partnershipStatuses,
  themes,
  type Locale,
  type MembershipRole,
  type PartnershipStatus,
  type Theme,
} from './constants.ts';
import { isoDate, timeZone } from './common.ts';

export const municipality = z.strictObject({
  name: z.string().trim().min(1).max(limits.nameLength),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. DE or TN'),
  language: z.enum(locales),
  timeZone,
});
export type Municipality = z.infer<typeof municipality>;

export const createPartnershipBody = z
  .strictObject({
    name: z.string().trim().min(1).max(limits.partnershipNameLength),
    municipalities: z
      .array(municipality)
      .min(limits.municipalitiesMin)
      .max(limits.municipalitiesMax),
    themes: z.array(z.enum(themes)).max(limits.themesMax).default([]),
    description: z.string().max(limits.descriptionLength).default(''),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    /** Which of the municipalities the creator works for. */
    myMunicipalityIndex: z.number().int().min(0).max(limits.municipalitiesMax - 1).default(0),
  })
  .refine((b) => !b.startsOn || !b.endsOn || b.startsOn <= b.endsOn, {
    message: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  })
  .refine((b) => b.myMunicipalityIndex < b.municipalities.length, {
    message: 'must point at one of the municipalities',
    path: ['myMunicipalityIndex'],
  });
export type CreatePartnershipBody = z.input<typeof createPartnershipBody>;

export const updatePartnershipBody = z
  .strictObject({
    name: z.string().trim().min(1).max(limits.partnershipNameLength).optional(),
    themes: z.array(z.enum(themes)).max(limits.themesMax).optional(),
    description: z.string().max(limits.descriptionLength).optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    status: z.enum(partnershipStatuses).optional(),
    /**
     * All municipalities, edited in place (a name misspelt, a time zone picked wrong): as many as
     * the partnership has, in the same order, since members and invitations point at them by index.
     */
    municipalities: z.array(municipality).min(limits.municipalitiesMin).max(limits.municipalitiesMax).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdatePartnershipBody = z.infer<typeof updatePartnershipBody>;

export const updateMemberBody = z
  .strictObject({
    role: z.enum(membershipRoles).optional(),
    municipalityIndex: z.number().int().min(0).max(limits.municipalitiesMax - 1).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'nothing to change');
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

export const createInvitationBody = z.strictObject({
  role: z.enum(membershipRoles),
  municipalityIndex: z.number().int().min(0).max(limits.municipalitiesMax - 1).default(0),
  expiresInDays: z.number().int().min(1).max(limits.invitationDaysMax).default(limits.invitationDaysDefault),
});
export type CreateInvitationBody = z.input<typeof createInvitationBody>;

export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, 'malformed invitation token');

/** Everything the viewer may do in one partnership; computed by the server's policy. */
export interface PartnershipAbilities {
  read: boolean;
  update: boolean;
  editPlans: boolean;
  readPlans: boolean;
  chat: boolean;
  manageMilestones: boolean;
  manageMembers: boolean;
}

export interface MunicipalityView {
  name: string;
  country: string;
  language: Locale;
  timeZone: string;
}

export interface Partnership {
  id: string;
  name: string;
  municipalities: MunicipalityView[];
  themes: Theme[];
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  status: PartnershipStatus;
  createdAt: string;
  /** The viewer's own role, or null for coordinators and admins who are not members. */
  myRole: MembershipRole | null;
  memberCount: number;
}

export interface PartnershipResponse {
  data: Partnership;
  abilities: PartnershipAbilities;
}

export interface PartnershipListItem extends Partnership {
  abilities: PartnershipAbilities;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  timeZone: string;
  role: MembershipRole;
  municipalityIndex: number;
  joinedAt: string;
  /** The account was deactivated by an administrator: the member cannot sign in (null: active). */
  deactivatedAt: string | null;
}

export interface Invitation {
  /** The id its entry in the list of open links has (to revoke it). */
  id: string;
  token: string;
  url: string;
  role: MembershipRole;
  municipalityIndex: number;
  expiresAt: string;
}

/**
 * An invitation link not used yet and not expired, as those who may revoke it see it (the token
 * itself is shown once, when the link is made). Lists are newest first, at most `limits.openLinksListed`.
 */
export interface OpenLink {
  id: string;
  /** Who made it; null when that account is gone. */
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string;
}

/**
 * GET /api/partnerships/:id/invitations -> { data: OpenInvitation[] } (owners);
 * DELETE /api/partnerships/:id/invitations/:invitationId -> 204, 409 `used` once accepted.
 */
export interface OpenInvitation extends OpenLink {
  role: MembershipRole;
  municipalityIndex: number;
}

/** What an invitee sees before accepting (GET /api/invitations/:token). */
export interface InvitationPreview {
  partnershipName: string;
  municipalities: MunicipalityView[];
  role: MembershipRole;
  municipalityIndex: number;
  expiresAt: string;
}
