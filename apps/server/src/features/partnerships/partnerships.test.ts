import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { Invitation, InvitationPreview, Member, OpenInvitation, Partnership, PartnershipAbilities } from '@jumelage/contracts/partnerships';
import { addMember, createPartnership, createUser, partnershipBody, serverForFile, type TestUser } from '@jumelage/test-utils';
import { hashToken } from '../auth/sessions.ts';

const server = serverForFile();

async function invite(owner: TestUser, partnershipId: string, body: Record<string, unknown> = { role: 'member', municipalityIndex: 1 }) {
  const response = await owner.client.post<{ data: Invitation }>(`/api/partnerships/${partnershipId}/invitations`, body);
  expect(response.status).toBe(201);
  return response.body.data;
}

describe('partnerships', () => {
  it('makes the creator the owner, with the municipality they work for', async () => {
    const anna = await createUser(server, { name: 'Anna' });
    const created = await anna.client.post<{ data: Partnership; abilities: PartnershipAbilities }>(
      '/api/partnerships',
      partnershipBody({ themes: ['green_spaces', 'waste_management'], myMunicipalityIndex: 0, startsOn: '2026-03-01', endsOn: '2027-12-31' }),
    );
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ myRole: 'owner', memberCount: 1, themes: ['waste_management', 'green_spaces'] });
    expect(created.body.abilities.manageMembers).toBe(true);
    const members = await anna.client.get<{ data: Member[] }>(`/api/partnerships/${created.body.data.id}/members`);
    expect(members.body.data).toEqual([expect.objectContaining({ userId: anna.id, role: 'owner', municipalityIndex: 0 })]);
  });

  it('rejects invalid partnerships with details and stores nothing', async () => {
    const anna = await createUser(server);
    const before = await server.models.Partnership.countDocuments();
    const invalid = [
      partnershipBody({ municipalities: [{ name: 'Wolfsburg', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' }] }),
      partnershipBody({ themes: ['space_travel'] }),
      partnershipBody({ startsOn: '2027-01-01', endsOn: '2026-01-01' }),
      partnershipBody({ myMunicipalityIndex: 5 }),
      partnershipBody({ name: 'x'.repeat(500) }),
      partnershipBody({ municipalities: [{ name: 'A', country: 'Germany', language: 'de', timeZone: 'Europe/Berlin' }, { name: 'B', country: 'TN', language: 'xx', timeZone: 'Nowhere/City' }] }),
    ];
    for (const body of invalid) {
      const response = await anna.client.post<ErrorBody>('/api/partnerships', body);
      expect(response.status).toBe(400);
      expect(response.body.error.details?.length).toBeGreaterThan(0);
    }
    expect(await server.models.Partnership.countDocuments()).toBe(before);
  });

  it('lets the owner update the partnership and refuses an end before the start', async () => {
    const anna = await createUser(server);
    const partnership = await createPartnership(anna, { startsOn: '2026-01-01' });
    const updated = await anna.client.patch<{ data: Partnership }>(`/api/partnerships/${partnership.id}`, { name: 'Wolfsburg – Jendouba (Park)', status: 'paused' });
    expect(updated.body.data).toMatchObject({ name: 'Wolfsburg – Jendouba (Park)', status: 'paused' });
    const bad = await anna.client.patch<ErrorBody>(`/api/partnerships/${partnership.id}`, { endsOn: '2025-01-01' });
    expect(bad.status).toBe(400);
    expect((await anna.client.get<{ data: Partnership }>(`/api/partnerships/${partnership.id}`)).body.data.endsOn).toBeNull();
  });

  it('lets the owner correct the municipalities in place, but not add or drop one (members point at them)', async () => {
    const anna = await createUser(server);
    const partnership = await createPartnership(anna);
    const [first, second] = partnership.municipalities;
    if (!first || !second) throw new Error('two municipalities expected');
    const corrected = [first, { ...second, name: 'Jendouba (Ville)', timeZone: 'Africa/Algiers' }];
    const updated = await anna.client.patch<{ data: Partnership }>(`/api/partnerships/${partnership.id}`, { municipalities: corrected });
    expect(updated.status).toBe(200);
    expect(updated.body.data.municipalities[1]).toMatchObject({ name: 'Jendouba (Ville)', timeZone: 'Africa/Algiers' });

    const third = { name: 'Kairouan', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' };
    const added = await anna.client.patch<ErrorBody>(`/api/partnerships/${partnership.id}`, { municipalities: [...corrected, third] });
    expect(added.status).toBe(400);
    expect(added.body.error).toMatchObject({ code: 'validation_failed', details: [expect.objectContaining({ path: 'municipalities' })] });
    const broken = await anna.client.patch<ErrorBody>(`/api/partnerships/${partnership.id}`, { municipalities: [first, { ...second, timeZone: 'Mars/Olympus' }] });
    expect(broken.status).toBe(400);
    const stored = await anna.client.get<{ data: Partnership }>(`/api/partnerships/${partnership.id}`);
    expect(stored.body.data.municipalities.map((municipality) => municipality.name)).toEqual([first.name, 'Jendouba (Ville)']);
  });

  it('keeps the start before the end when the two dates are changed at the same moment', async () => {
    const anna = await createUser(server);
    for (let round = 0; round < 3; round++) {
      const partnership = await createPartnership(anna, { startsOn: '2027-01-01', endsOn: '2027-12-31' });
      const [later, earlier] = await Promise.all([
        anna.client.patch<{ data: Partnership }>(`/api/partnerships/${partnership.id}`, { startsOn: '2027-09-01' }),
        anna.client.patch<{ data: Partnership }>(`/api/partnerships/${partnership.id}`, { endsOn: '2027-03-01' }),
      ]);
      expect([later.status, earlier.status].sort()).toEqual([200, 400]);
      const stored = (await anna.client.get<{ data: Partnership }>(`/api/partnerships/${partnership.id}`)).body.data;
      expect(String(stored.startsOn) <= String(stored.endsOn)).toBe(true);
      expect(later.status === 200 ? stored.startsOn : stored.endsOn).toBe(later.status === 200 ? '2027-09-01' : '2027-03-01');
    }
  });

  it('keeps at least one owner', async () => {
    const anna = await createUser(server);
    const partnership = await createPartnership(anna);
    const demote = await anna.client.patch<ErrorBody>(`/api/partnerships/${partnership.id}/members/${anna.id}`, { role: 'member' });
    expect(demote.status).toBe(409);
    const leave = await anna.client.delete<ErrorBody>(`/api/partnerships/${partnership.id}/members/${anna.id}`);
    expect(leave.status).toBe(409);
  });

  it('keeps an owner when the last two step down, or demote each other, at the same moment', async () => {
    for (const move of ['demote each other', 'both leave'] as const) {
      const [anna, karim] = [await createUser(server), await createUser(server)];
      const partnership = await createPartnership(anna);
      await addMember(server, partnership.id, karim, 'owner');
      const url = (user: TestUser) => `/api/partnerships/${partnership.id}/members/${user.id}`;
      const answers = await Promise.all(
        move === 'both leave'
          ? [anna.client.delete(url(anna)), karim.client.delete(url(karim))]
          : [anna.client.patch(url(karim), { role: 'member' }), karim.client.patch(url(anna), { role: 'member' })],
      );
      // Overlapping, one is undone (409); one after the other, the second finds itself no owner
      // any more (403) or the last owner (409).
      const statuses = answers.map((answer) => answer.status).sort();
      expect([[200, 409], [409, 409], [200, 403], [204, 409]], move).toContainEqual(statuses);
      const owners = await server.models.Membership.find({ partnershipId: partnership.id, role: 'owner' });
      expect(owners.length, move).toBeGreaterThanOrEqual(1);
      // Whoever is still an owner can still manage the partnership.
      const owner = String(owners[0]?.userId) === anna.id ? anna : karim;
      expect((await owner.client.get(`/api/partnerships/${partnership.id}/invitations`)).status, move).toBe(200);
    }
  });

  it('answers a role change that meets the member\'s removal with 404 or the new role, never an error', async () => {
    const anna = await createUser(server);
    const partnership = await createPartnership(anna);
    for (let round = 0; round < 3; round++) {
      const karim = await createUser(server);
      await addMember(server, partnership.id, karim, 'member');
      const url = `/api/partnerships/${partnership.id}/members/${karim.id}`;
      const [changed, removed] = await Promise.all([anna.client.patch(url, { role: 'observer' }), anna.client.delete(url)]);
      expect(removed.status).toBe(204);
      expect([200, 404]).toContain(changed.status);
      expect(await server.models.Membership.countDocuments({ partnershipId: partnership.id, userId: karim.id })).toBe(0);
    }
  });

  it('lets a member leave on their own', async () => {
    const anna = await createUser(server);
    const karim = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await invite(anna, partnership.id);
    await karim.client.post(`/api/invitations/${invitation.token}/accept`);
    expect((await karim.client.delete(`/api/partnerships/${partnership.id}/members/${karim.id}`)).status).toBe(204);
    expect((await karim.client.get(`/api/partnerships/${partnership.id}`)).status).toBe(404);
  });
});

describe('invitations', () => {
  it('previews an invitation without an account and joins with the invited role and municipality', async () => {
    const anna = await createUser(server);
    const karim = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await invite(anna, partnership.id, { role: 'expert', municipalityIndex: 1, expiresInDays: 7 });
    expect(invitation.url).toMatch(new RegExp(`/invite/${invitation.token}$`));

    const preview = await server.client().get<{ data: InvitationPreview }>(`/api/invitations/${invitation.token}`);
    expect(preview.body.data).toMatchObject({ partnershipName: 'Wolfsburg – Jendouba', role: 'expert', municipalityIndex: 1 });

    const accepted = await karim.client.post<{ data: Partnership; abilities: PartnershipAbilities }>(`/api/invitations/${invitation.token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.myRole).toBe('expert');
    expect(accepted.body.abilities).toMatchObject({ read: true, editPlans: true, manageMembers: false });
  });

  it('accepting twice does not duplicate the membership', async () => {
    const anna = await createUser(server);
    const karim = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await invite(anna, partnership.id);
    const answers = await Promise.all([
      karim.client.post(`/api/invitations/${invitation.token}/accept`),
      karim.client.post(`/api/invitations/${invitation.token}/accept`),
    ]);
    const again = await karim.client.post(`/api/invitations/${invitation.token}/accept`);
    // Both say joined: the person did join, whichever request took the link.
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(again.status).toBe(200);
    expect(await server.models.Membership.countDocuments({ partnershipId: partnership.id, userId: karim.id })).toBe(1);
  });

  it('does not let a member who was removed back in with the link they once accepted', async () => {
    const anna = await createUser(server);
    const karim = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await invite(anna, partnership.id, { role: 'owner', municipalityIndex: 1 });
    expect((await karim.client.post(`/api/invitations/${invitation.token}/accept`)).status).toBe(200);
    expect((await anna.client.delete(`/api/partnerships/${partnership.id}/members/${karim.id}`)).status).toBe(204);
    const again = await karim.client.post<ErrorBody>(`/api/invitations/${invitation.token}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([{ path: 'token', message: 'used' }]);
    expect((await karim.client.get(`/api/partnerships/${partnership.id}`)).status).toBe(404);
  });

  it('refuses a token that someone else already used', async () => {
    const anna = await createUser(server);
    const [karim, mallory] = await Promise.all([createUser(server), createUser(server)]);
    const partnership = await createPartnership(anna);
    const invitation = await invite(anna, partnership.id);
    await karim.client.post(`/api/invitations/${invitation.token}/accept`);
    const reused = await mallory.client.post<ErrorBody>(`/api/invitations/${invitation.token}/accept`);
    expect(reused.status).toBe(409);
    expect(reused.body.error.details).toEqual([{ path: 'token', message: 'used' }]);
    expect((await mallory.client.get(`/api/partnerships/${partnership.id}`)).status).toBe(404);
  });

  it('refuses an expired token', async () => {
    const anna = await createUser(server);
    const karim = await createUser(server);
    const partnership = await createPartnership(anna);
    const invitation = await invite(anna, partnership.id);
    await server.models.Invitation.updateMany({ partnershipId: partnership.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await karim.client.post<ErrorBody>(`/api/invitations/${invitation.token}/accept`);
    expect(expired.status).toBe(409);
    expect(expired.body.error.details).toEqual([{ path: 'token', message: 'expired' }]);
    expect((await server.client().get(`/api/invitations/${invitation.token}`)).status).toBe(409);
  });

  it('answers unknown and malformed tokens with clear errors, and requires a login to accept', async () => {
    expect((await server.client().get(`/api/invitations/${'a'.repeat(43)}`)).status).toBe(404);
    expect((await server.client().get('/api/invitations/%24ne')).status).toBe(400);
    expect((await server.client().post(`/api/invitations/${'a'.repeat(43)}/accept`)).status).toBe(401);
  });

  it('lists the open links to their owners, newest first, without used or expired ones', async () => {
    const anna = await createUser(server, { name: 'Anna Becker' });
    const [karim, member, outsider] = await Promise.all([createUser(server), createUser(server), createUser(server)]);
    const partnership = await createPartnership(anna);
    await addMember(server, partnership.id, member, 'member');
    const used = await invite(anna, partnership.id);
    await karim.client.post(`/api/invitations/${used.token}/accept`);
    const expired = await invite(anna, partnership.id);
    await server.models.Invitation.updateOne({ tokenHash: hashToken(expired.token) }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const older = await invite(anna, partnership.id, { role: 'observer', municipalityIndex: 0 });
    const newer = await invite(anna, partnership.id, { role: 'expert', municipalityIndex: 1, expiresInDays: 3 });

    const url = `/api/partnerships/${partnership.id}/invitations`;
    const listed = await anna.client.get<{ data: OpenInvitation[] }>(url);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      { id: expect.any(String), role: 'expert', municipalityIndex: 1, createdBy: { id: anna.id, name: 'Anna Becker' }, createdAt: expect.any(String), expiresAt: newer.expiresAt },
      { id: expect.any(String), role: 'observer', municipalityIndex: 0, createdBy: { id: anna.id, name: 'Anna Becker' }, createdAt: expect.any(String), expiresAt: older.expiresAt },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(newer.token);
    expect((await member.client.get(url)).status).toBe(403);
    expect((await outsider.client.get(url)).status).toBe(404);
    expect((await server.client().get(url)).status).toBe(401);
  });

  it('revokes an unused link at once; a used one stays, and only owners of that partnership revoke', async () => {
    const anna = await createUser(server);
    const [karim, member] = await Promise.all([createUser(server), createUser(server)]);
    const partnership = await createPartnership(anna);
    const other = await createPartnership(anna);
    await addMember(server, partnership.id, member, 'member');
    const invitation = await invite(anna, partnership.id);
    const [open] = (await anna.client.get<{ data: OpenInvitation[] }>(`/api/partnerships/${partnership.id}/invitations`)).body.data;
    const url = `/api/partnerships/${partnership.id}/invitations/${open?.id}`;
    // The link made is answered with the id its entry has, so the page can drop it once revoked.
    expect(invitation.id).toBe(open?.id);

    expect((await member.client.delete(url)).status).toBe(403);
    expect((await anna.client.delete(`/api/partnerships/${other.id}/invitations/${open?.id}`)).status).toBe(404);
    expect((await anna.client.delete<ErrorBody>(`/api/partnerships/${partnership.id}/invitations/kein-id`)).status).toBe(400);
    expect((await anna.client.delete(url)).status).toBe(204);
    expect((await server.client().get(`/api/invitations/${invitation.token}`)).status).toBe(404);
    expect((await karim.client.post(`/api/invitations/${invitation.token}/accept`)).status).toBe(404);
    expect((await anna.client.get<{ data: OpenInvitation[] }>(`/api/partnerships/${partnership.id}/invitations`)).body.data).toEqual([]);
    expect((await anna.client.delete(url)).status).toBe(404);

    const accepted = await invite(anna, partnership.id);
    const [spent] = (await anna.client.get<{ data: OpenInvitation[] }>(`/api/partnerships/${partnership.id}/invitations`)).body.data;
    expect((await karim.client.post(`/api/invitations/${accepted.token}/accept`)).status).toBe(200);
    const refused = await anna.client.delete<ErrorBody>(`/api/partnerships/${partnership.id}/invitations/${spent?.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([{ path: 'token', message: 'used' }]);
    expect(await server.models.Membership.countDocuments({ partnershipId: partnership.id, userId: karim.id })).toBe(1);
  });
});
