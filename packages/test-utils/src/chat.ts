import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Channel, ChannelListResponse, ChannelResponse, ChatMessage, CreateConsultationBody } from '@jumelage/contracts/consultations';
import type { Ack, ServerToClientEvents } from '@jumelage/contracts/realtime';
import type { TestClient } from './http-client.ts';
import type { TestUser } from './factories.ts';
import type { TestSocket } from './sockets.ts';

function socketOptions(client: TestClient, reconnection: boolean) {
  return {
    transports: ['websocket'],
    forceNew: true,
    reconnection,
    // Reconnect at once: tests cut connections on purpose and wait for the client to come back.
    reconnectionDelay: 10,
    reconnectionDelayMax: 50,
    randomizationFactor: 0,
    extraHeaders: {
      ...(client.cookieHeader ? { cookie: client.cookieHeader } : {}),
      ...(client.origin ? { origin: client.origin } : {}),
    },
  };
}

/** A typed socket that may reconnect by itself (unlike openSocket). */
export function openChatSocket(client: TestClient, options: { reconnection?: boolean } = {}): TestSocket {
  return io(client.baseUrl, socketOptions(client, options.reconnection ?? false));
}

/** An untyped socket, for sending what the typed event map would not allow (bad input tests). */
export function openRawSocket(client: TestClient): Socket {
  return io(client.baseUrl, socketOptions(client, false));
}

type EventPayload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** Resolves with the next `event` whose payload passes `matches`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  matches: (payload: EventPayload<E>) => boolean = () => true,
): Promise<EventPayload<E>> {
  return new Promise((resolve) => {
    const listener = (name: string, payload: EventPayload<E>) => {
      if (name !== event || !matches(payload)) return;
      socket.offAny(listener);
      resolve(payload);
    };
    socket.onAny(listener);
  });
}

export async function listChannels(user: TestUser, partnershipId: string): Promise<ChannelListResponse> {
  const response = await user.client.get<ChannelListResponse>(`/api/partnerships/${partnershipId}/channels`);
  if (response.status !== 200) throw new Error(`listing channels failed: ${response.status}`);
  return response.body;
}

export async function generalChannel(user: TestUser, partnershipId: string): Promise<Channel> {
  const general = (await listChannels(user, partnershipId)).data.find((channel) => channel.kind === 'general');
  if (!general) throw new Error('no General channel');
  return general;
}

export function consultationBody(overrides: Partial<CreateConsultationBody> = {}): CreateConsultationBody {
  const startsAt = new Date(Date.now() + 24 * 60 * 60 * 1000);
  return {
    title: 'Bewässerung · Irrigation',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000).toISOString(),
    agenda: '1. Wasserbedarf',
    ...overrides,
  };
}

export async function createConsultation(owner: TestUser, partnershipId: string, overrides: Partial<CreateConsultationBody> = {}): Promise<Channel> {
  const response = await owner.client.post<ChannelResponse>(`/api/partnerships/${partnershipId}/channels`, consultationBody(overrides));
  if (response.status !== 201) throw new Error(`creating a consultation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data;
}

/** Narrows an acknowledgement to its success half, failing the test with the error otherwise. */
export function expectOk<T extends object>(answer: Ack<T>): T & { ok: true } {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer;
}

/** message:send with a fresh clientId (or the given one), waiting up to 5 s for the acknowledgement. */
export function sendChat(socket: TestSocket, channelId: string, body: string, clientId: string = randomUUID()): Promise<Ack<{ message: ChatMessage }>> {
  return socket.timeout(5000).emitWithAck('message:send', { channelId, clientId, body });
}
