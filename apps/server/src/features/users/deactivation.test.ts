import { afterEach, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { SoleOwnershipsResponse, User } from '@jumelage/contracts/auth';
import { collabCloseCodes, deactivatedAccountDetail, type ErrorBody } from '@jumelage/contracts/constants';
import type { Member } from '@jumelage/contracts/partnerships';
import {
  addMember,
  castForFile,
  connected,
  connectionClosed,
  consultationBody,
  createConsultation,
  createPartnership,
  createUser,
  disconnected,
  openCollab,
  openSocket,
  openRawCollab,
  refused,
  serverForFile,
  synced,
  testPassword,
  trackSockets,
  type CollabClient,
} from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const track = trackSockets();
const collabs: CollabClient[] = [];
afterEach(() => {
  for (const collab of collabs.splice(0)) collab.destroy();
});

const deactivate = (userId: string, admin = cast.admin) => admin.client.post<{ data: User } & ErrorBody>(`/api/users/${userId}/deactivation`);
const reactivate = (userId: string, admin = cast.admin) => admin.client.delete<{ data: User } & ErrorBody>(`/api/users/${userId}/deactivation`);
const logIn = (email: string) => server.client().post<ErrorBody>('/api/auth/login', { email, password: testPassword });

describe('deactivating an account', () => {
  it('ends every session and live connection at once, refuses the sign-in, and keeps the member listed', async () => {
    const leaving = await createUser(server, { name: 'Leaving Staff' });
    await addMember(server, cast.partnership.id, leaving, 'member');
    const planId = (await cast.owner.client.post<{ data: { id: string } }>(`/api/partnerships/${cast.partnership.id}/plans`, { title: 'Plan', templateKey: 'blank' })).body.data.id;
    const socket = track(openSocket(leaving.client));
    await connected(socket);
    const collab = openCollab(leaving.client, planId);
    collabs.push(collab);
    await synced(collab);
    const socketGone = disconnected(socket);
    const collabGone = connectionClosed(collab);

    const answer = await deactivate(leaving.id);
    expect(answer.status).toBe(200);
    expect(answer.body.data.deactivatedAt).toEqual(expect.any(String));
    expect(await socketGone).toBe('io server disconnect');
    expect((await collabGone).code).toBe(collabCloseCodes.accessRevoked);
    expect((await leaving.client.get<ErrorBody>('/api/auth/me')).status).toBe(401);
    expect(await openRawCollab(leaving.client, planId)).toEqual({ status: 401 });

    // The password is right: the answer says why, so the person knows whom to ask.
    const refused = await logIn(leaving.email);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('account_deactivated');
    expect((await server.client().post<ErrorBody>('/api/auth/login', { email: leaving.email, password: 'wrong password!' })).status).toBe(401);

    // Partners still see who the member was, marked as deactivated.
    const members = await cast.owner.client.get<{ data: Member[] }>(`/api/partnerships/${cast.partnership.id}/members`);
    expect(members.body.data.find((member) => member.userId === leaving.id)?.deactivatedAt).toEqual(answer.body.data.deactivatedAt);

    const back = await reactivate(leaving.id);
    expect(back.body.data.deactivatedAt).toBeNull();
    expect((await logIn(leaving.email)).status).toBe(200);
  });

  it('refuses a session that is still stored, on every way in, once the account is deactivated', async () => {
    const raced = await createUser(server, { name: 'Raced Sign-in' });
    // A sign-in that raced the deactivation: its session was made after the others were deleted.
    await server.models.User.updateOne({ _id: raced.id }, { $set: { deactivatedAt: new Date() } });
    expect((await raced.client.get<ErrorBody>('/api/auth/me')).status).toBe(401);
    expect(await refused(track(openSocket(raced.client)))).toBe('unauthenticated');
    // Reactivated, that session does not come back with the account: sign in again.
    expect((await reactivate(raced.id)).status).toBe(200);
    expect((await raced.client.get<ErrorBody>('/api/auth/me')).status).toBe(401);
    expect(await server.models.Session.countDocuments({ userId: raced.id })).toBe(0);
    expect((await logIn(raced.email)).status).toBe(200);
  });

  it('answers an account deactivated twice as it was, keeping the first date', async () => {
    const target = await createUser(server);
    const first = await deactivate(target.id);
    const again = await deactivate(target.id);
    expect(again.status).toBe(200);
    expect(again.body.data.deactivatedAt).toBe(first.body.data.deactivatedAt);
  });

  it('stops the calendar feed for good and takes a coordinator off the list one may invite', async () => {
    const coordinator = await createUser(server, { name: 'Aaron Deactivated Coordinator', globalRole: 'coordinator' });
    const token = (await coordinator.client.post<{ data: { token: string } }>('/api/users/me/calendar-token')).body.data.token;
    const feed = () => cast.anonymous.get<string>(`/api/consultations.ics?token=${token}`);
    const invitable = async () =>
      (await cast.owner.client.get<{ data: Array<{ id: string }> }>('/api/coordinators')).body.data.map((c) => c.id);
    expect((await feed()).status).toBe(200);
    expect(await invitable()).toContain(coordinator.id);
    await deactivate(coordinator.id);
    expect((await feed()).status).toBe(401);
    expect(await invitable()).not.toContain(coordinator.id);
    // A feed address left on a departed person's phone stays dead after a reactivation.
    await reactivate(coordinator.id);
    expect((await feed()).status).toBe(401);
  });

  it('refuses a deactivated account as an expert invited by email, naming the field', async () => {
    const expert = await createUser(server, { name: 'Gone Expert' });
    await deactivate(expert.id);
    const body = consultationBody({ title: 'With a gone expert', expertEmails: [expert.email] });
    const answer = await cast.owner.client.post<ErrorBody>(`/api/partnerships/${cast.partnership.id}/channels`, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([{ path: 'expertEmails.0', message: deactivatedAccountDetail }]);
  });

  it('does not newly invite a deactivated account by id, and keeps one invited before', async () => {
    const expert = await createUser(server, { name: 'Invited Before' });
    const coordinator = await createUser(server, { name: 'Gone Coordinator', globalRole: 'coordinator' });
    const consultation = await createConsultation(cast.owner, cast.partnership.id, { expertIds: [expert.id] });
    await deactivate(expert.id);
    await deactivate(coordinator.id);
    const body = consultationBody({ title: 'Fresh', expertIds: [expert.id], coordinatorIds: [coordinator.id] });
    const fresh = await cast.owner.client.post<ErrorBody>(`/api/partnerships/${cast.partnership.id}/channels`, body);
    expect(fresh.status).toBe(400);
    expect(fresh.body.error.details).toEqual([
      { path: 'expertIds.0', message: deactivatedAccountDetail },
      { path: 'coordinatorIds.0', message: deactivatedAccountDetail },
    ]);
    // Invited before the deactivation: the consultation can still be saved as it is.
    const saved = await cast.owner.client.patch(`/api/channels/${consultation.id}`, { title: 'Renamed', expertIds: [expert.id] });
    expect(saved.status).toBe(200);
  });

  it('names the partnerships where the account is the last owner who can sign in, for administrators', async () => {
    const solo = await createUser(server, { name: 'Solo Owner' });
    const alone = await createPartnership(solo, { name: 'Aachen – Sfax' });
    const shared = await createPartnership(solo, { name: 'Bonn – Oujda' });
    await addMember(server, shared.id, await createUser(server), 'owner');
    const withGoneOwner = await createPartnership(solo, { name: 'Celle – Tlemcen' });
    const gone = await createUser(server);
    await addMember(server, withGoneOwner.id, gone, 'owner');
    await deactivate(gone.id);
    const url = `/api/users/${solo.id}/sole-ownerships`;
    expect((await cast.admin.client.get<SoleOwnershipsResponse>(url)).body.data).toEqual([
      { id: alone.id, name: 'Aachen – Sfax' },
      { id: withGoneOwner.id, name: 'Celle – Tlemcen' },
    ]);
    expect((await cast.admin.client.get<SoleOwnershipsResponse>(`/api/users/${cast.member.id}/sole-ownerships`)).body.data).toEqual([]);
    expect((await cast.owner.client.get(url)).status).toBe(403);
    expect((await cast.anonymous.get(url)).status).toBe(401);
  });

  it('is for administrators only, never of oneself, and answers unknown accounts with 404', async () => {
    const target = await createUser(server);
    expect((await deactivate(target.id, cast.member)).status).toBe(403);
    expect((await deactivate(target.id, cast.coordinator)).status).toBe(403);
    expect((await reactivate(target.id, cast.member)).status).toBe(403);
    expect((await cast.anonymous.post<ErrorBody>(`/api/users/${target.id}/deactivation`)).status).toBe(401);
    expect((await deactivate(cast.admin.id)).status).toBe(403);
    expect((await deactivate(new mongoose.Types.ObjectId().toString())).status).toBe(404);
    expect((await deactivate('not-an-id')).status).toBe(400);
    expect((await logIn(target.email)).status).toBe(200);
  });

  it('keeps an active administrator when the last two deactivate each other at the same moment', async () => {
    const [anna, karim] = [await createUser(server, { globalRole: 'admin' }), await createUser(server, { globalRole: 'admin' })];
    const others = await server.models.User.find({ globalRole: 'admin', _id: mongoose.trusted({ $nin: [anna.id, karim.id] }) });
    await server.models.User.updateMany({ _id: mongoose.trusted({ $in: others.map((other) => other._id) }) }, { $set: { deactivatedAt: new Date() } });
    try {
      const answers = await Promise.all([deactivate(karim.id, anna), deactivate(anna.id, karim)]);
      // Overlapping, one is undone (409); one after the other, the second has no session any more (401).
      const statuses = answers.map((answer) => answer.status).sort();
      expect([[200, 409], [409, 409], [200, 401]]).toContainEqual(statuses);
      expect(await server.models.User.countDocuments({ globalRole: 'admin', deactivatedAt: mongoose.trusted({ $exists: false }) })).toBeGreaterThanOrEqual(1);
    } finally {
      await server.models.User.updateMany({ _id: mongoose.trusted({ $in: others.map((other) => other._id) }) }, { $unset: { deactivatedAt: 1 } });
    }
  });
});
