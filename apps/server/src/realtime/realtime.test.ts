import { describe, expect, it } from 'vitest';
import {
  castForFile,
  connected,
  createPartnership,
  createUser,
  disconnected,
  openSocket,
  refused,
  serverForFile,
  startTestServer,
  trackSockets,
} from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);
const track = trackSockets();

describe('Socket.IO connections', () => {
  it('refuses a handshake without a session', async () => {
    expect(await refused(track(openSocket(cast.anonymous)))).toBe('unauthenticated');
  });

  it('refuses a handshake from a foreign Origin', async () => {
    const socket = track(openSocket(cast.member.client, { origin: 'https://evil.example' }));
    await expect(refused(socket)).resolves.toBeTypeOf('string');
  });

  it("delivers a partnership's events to its members only", async () => {
    const member = track(openSocket(cast.member.client));
    const outsider = track(openSocket(cast.outsider.client));
    await Promise.all([connected(member), connected(outsider)]);
    const outsiderEvents: unknown[] = [];
    outsider.onAny((...args) => outsiderEvents.push(args));
    const received = new Promise((resolve) => member.once('partnership:updated', resolve));
    await cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}`, { description: 'Neuer Park' });
    expect(await received).toEqual({ partnershipId: cast.partnership.id });
    // Events on one connection arrive in order: once the outsider sees an event of its own
    // partnership, anything leaked from the other one would already have arrived.
    const own = await createPartnership(cast.outsider);
    const ownEvent = new Promise((resolve) => outsider.once('partnership:updated', resolve));
    await cast.outsider.client.patch(`/api/partnerships/${own.id}`, { description: 'Eigene' });
    expect(await ownEvent).toEqual({ partnershipId: own.id });
    expect(outsiderEvents).toEqual([['partnership:updated', { partnershipId: own.id }]]);
  });

  it("leaves the sender's own socket out of a partnership change, not their other tabs", async () => {
    const sender = track(openSocket(cast.owner.client));
    const otherTab = track(openSocket(cast.owner.client));
    await Promise.all([connected(sender), connected(otherTab)]);
    const senderEvents: string[] = [];
    sender.onAny((event: string) => senderEvents.push(event));
    const seen = new Promise((resolve) => otherTab.once('partnership:updated', resolve));
    await cast.owner.client.request('PATCH', `/api/partnerships/${cast.partnership.id}`, { description: 'Aus diesem Tab' }, { 'x-socket-id': sender.id ?? '' });
    expect(await seen).toEqual({ partnershipId: cast.partnership.id });
    expect(senderEvents).toEqual([]);
  });

  it('a removed member stops receiving events at once and is told so', async () => {
    const victim = await createUser(server, { name: 'Removed' });
    await server.models.Membership.create({ partnershipId: cast.partnership.id, userId: victim.id, role: 'member', municipalityIndex: 0 });
    const socket = track(openSocket(victim.client));
    const witness = track(openSocket(cast.member.client));
    await Promise.all([connected(socket), connected(witness)]);
    const told = new Promise((resolve) => socket.once('member:removed', resolve));
    await cast.owner.client.delete(`/api/partnerships/${cast.partnership.id}/members/${victim.id}`);
    expect(await told).toEqual({ partnershipId: cast.partnership.id, userId: victim.id });

    const leaked: unknown[] = [];
    socket.on('partnership:updated', (event) => leaked.push(event));
    const witnessed = new Promise((resolve) => witness.once('partnership:updated', resolve));
    await cast.owner.client.patch(`/api/partnerships/${cast.partnership.id}`, { description: 'Nach dem Austritt' });
    await witnessed;
    expect(leaked).toEqual([]);
  });

  it('a server shutting down leaves its sockets to reconnect (not ended as after a logout)', async () => {
    const own = await startTestServer();
    const user = await createUser(own);
    const socket = track(openSocket(user.client));
    await connected(socket);
    const gone = disconnected(socket);
    await own.close();
    // socket.io-client retries after any reason but these two.
    expect(await gone).not.toBe('io server disconnect');
    expect(await gone).not.toBe('io client disconnect');
  });

  it('logout disconnects the sockets of that session', async () => {
    const user = await createUser(server);
    const socket = track(openSocket(user.client));
    await connected(socket);
    const gone = disconnected(socket);
    await user.client.post('/api/auth/logout');
    expect(await gone).toBe('io server disconnect');
  });
});
