import type {
  CreateInvitationBody,
  CreatePartnershipBody,
  Invitation,
  Member,
  PartnershipResponse,
  UpdateMemberBody,
  UpdatePartnershipBody,
} from '@jumelage/contracts/partnerships';
import { api, path } from '../../lib/api.ts';

// GET URLs are read through useResource; writes are the functions below.
export const partnershipsUrl = '/api/partnerships';
export const partnershipUrl = (id: string) => path`/api/partnerships/${id}`;
export const membersUrl = (id: string) => path`/api/partnerships/${id}/members`;
export const invitationUrl = (token: string) => path`/api/invitations/${token}`;
/** The partnership's invitation links not used yet (owners). */
export const openInvitationsUrl = (id: string) => path`/api/partnerships/${id}/invitations`;

export function createPartnership(body: CreatePartnershipBody): Promise<PartnershipResponse> {
  return api.post<PartnershipResponse>(partnershipsUrl, body);
}

export function updatePartnership(
  id: string,
  body: UpdatePartnershipBody,
): Promise<PartnershipResponse> {
  return api.patch<PartnershipResponse>(partnershipUrl(id), body);
}

export async function updateMember(
  partnershipId: string,
  userId: string,
  body: UpdateMemberBody,
): Promise<Member> {
  const url = path`/api/partnerships/${partnershipId}/members/${userId}`;
  return (await api.patch<{ data: Member }>(url, body)).data;
}

export function removeMember(partnershipId: string, userId: string): Promise<void> {
  return api.delete(path`/api/partnerships/${partnershipId}/members/${userId}`);
}

export async function createInvitation(
  partnershipId: string,
  body: CreateInvitationBody,
): Promise<Invitation> {
  const url = path`/api/partnerships/${partnershipId}/invitations`;
  return (await api.post<{ data: Invitation }>(url, body)).data;
}

export function revokeInvitation(partnershipId: string, invitationId: string): Promise<void> {
  return api.delete(path`/api/partnerships/${partnershipId}/invitations/${invitationId}`);
}

export function acceptInvitation(token: string): Promise<PartnershipResponse> {
  return api.post<PartnershipResponse>(path`/api/invitations/${token}/accept`);
}
