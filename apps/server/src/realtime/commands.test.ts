import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { presenceListPayload } from '@jumelage/contracts/consultations';
import { AppError } from '../http/errors.ts';
import { createLogger } from '../logger.ts';
import { testEnv } from '../env.ts';
import { socketCommands } from './commands.ts';
import type { RealtimeServer } from './io.ts';

// A bare Socket.IO server with one command, so the helper is tested apart from any feature.
const ids = { ok: 'a'.repeat(24), forbidden: 'b'.repeat(24), crash: 'c'.repeat(24), limited: 'd'.repeat(24) };
let server: http.Server;
let io: RealtimeServer;
let client: Socket;
let handled = 0;
const plainListenerCalls: unknown[] = [];

beforeAll(async () => {
  server = http.createServer();
  io = new Server(server);
  io.on('connection', (socket) => {
    socket.data = { userId: 'u1', sessionId: 's1', globalRole: 'user' };
    const commands = socketCommands(socket, createLogger(testEnv()));
    commands.on('presence:list', presenceListPayload, async ({ partnershipId }) => {
      handled += 1;
      if (partnershipId === ids.forbidden) throw new AppError('forbidden', 'Not yours');
      if (partnershipId === ids.crash) throw new Error('secret stack detail');
      if (partnershipId === ids.limited) throw new AppError('rate_limited', 'Slow down', undefined, 3);
      return { ok: true, partnershipId, onlineUserIds: ['u1'] };
    });
    socket.on('typing:start', (payload) => plainListenerCalls.push(payload));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  client = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise((resolve) => client.once('connect', () => resolve(undefined)));
});
afterAll(async () => {
  client.disconnect();
  await io.close();
});

const ask = (event: string, ...args: unknown[]) => client.timeout(2000).emitWithAck(event, ...args);

describe('socket commands', () => {
  it('answers a valid command with ok and its result', async () => {
    expect(await ask('presence:list', { partnershipId: ids.ok })).toEqual({ ok: true, partnershipId: ids.ok, onlineUserIds: ['u1'] });
  });

  it('refuses invalid payloads with validation details before the handler runs', async () => {
    const before = handled;
    for (const payload of [undefined, null, 'x', 42, [], {}, { partnershipId: { $ne: null } }, { partnershipId: ids.ok, extra: 1 }]) {
      const answer = await ask('presence:list', payload);
      expect(answer).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      expect(answer.error.details.length).toBeGreaterThan(0);
    }
    expect(await ask('presence:list', { partnershipId: ids.ok }, 'second payload')).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(handled).toBe(before);
  });

  it('maps AppErrors to their code and hides unexpected errors behind `internal`', async () => {
    expect(await ask('presence:list', { partnershipId: ids.forbidden })).toEqual({ ok: false, error: { code: 'forbidden', message: 'Not yours' } });
    const crashed = await ask('presence:list', { partnershipId: ids.crash });
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain('secret');
  });

  it('tells a rate-limited client when to retry', async () => {
    expect(await ask('presence:list', { partnershipId: ids.limited })).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: 'Slow down' },
      retryAfterSeconds: 3,
    });
  });

  it('answers unknown events with not_found and leaves plain listeners of other features alone', async () => {
    expect(await ask('message:explode', { boom: true })).toEqual({ ok: false, error: { code: 'not_found', message: 'Unknown event' } });
    expect(await ask('__proto__')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    client.emit('typing:start', { channelId: ids.ok });
    expect(await ask('presence:list', { partnershipId: ids.ok })).toMatchObject({ ok: true });
    expect(plainListenerCalls).toEqual([{ channelId: ids.ok }]);
  });

  it('runs commands sent without an acknowledgement, or with a non-function one, and stays up', async () => {
    const before = handled;
    client.emit('presence:list', { partnershipId: ids.ok });
    client.emit('presence:list', { partnershipId: ids.crash }, 'not a function');
    client.emit('unknown:event');
    expect(await ask('presence:list', { partnershipId: ids.ok })).toMatchObject({ ok: true });
    expect(handled).toBe(before + 2);
  });
});
