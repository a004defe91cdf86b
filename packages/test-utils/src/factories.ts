import { randomUUID } from 'node:crypto';
import { beforeAll } from 'vitest';
import type { GlobalRole, MembershipRole } from '@jumelage/contracts/constants';
import type { Partnership, PartnershipAbilities } from '@jumelage/contracts/partnerships';
import type { User } from '@jumelage/contracts/auth';
import { hashPassword } from '@jumelage/server/password';
import type { TestClient } from './http-client.ts';
import type { Cast } from './permissions.ts';
import type { TestServer } from './test-server.ts';

export const testPassword = 'correct horse battery';
let cachedHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  client: TestClient;
}

/** Creates a user straight in the database (no register rate limit) and logs a client in as them. */
export async function createUser(server: TestServer, fields: { name?: string; globalRole?: GlobalRole } = {}): Promise<TestUser> {
  cachedHash ??= hashPassword(testPassword);
  const email = `user-${randomUUID().slice(0, 8)}@example.org`;
  const user = await server.models.User.create({
    email,
    name: fields.name ?? 'Test User',
    passwordHash: await cachedHash,
    globalRole: fields.globalRole ?? 'user',
  });
  const client = server.client();
  const login = await client.post<{ data: User }>('/api/auth/login', { email, password: testPassword });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  return { id: user.id, email, client };
}

export function partnershipBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Wolfsburg – Jendouba',
    municipalities: [
      { name: 'Wolfsburg', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
      { name: 'Jendouba', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
    ],
    themes: ['green_spaces'],
    ...overrides,
  };
}

export async function createPartnership(owner: TestUser, overrides: Record<string, unknown> = {}): Promise<Partnership> {
  const response = await owner.client.post<{ data: Partnership; abilities: PartnershipAbilities }>(
    '/api/partnerships',
    partnershipBody(overrides),
  );
  if (response.status !== 201) throw new Error(`create partnership failed: ${response.status}`);
  return response.body.data;
}

export async function addMember(server: TestServer, partnershipId: string, user: TestUser, role: MembershipRole, municipalityIndex = 0) {
  await server.models.Membership.create({ partnershipId, userId: user.id, role, municipalityIndex });
}

/** One user per role in a fresh partnership, plus an outsider and a coordinator: the permission table's cast. */
export async function createCast(server: TestServer) {
  const [owner, member, expert, observer, outsider, coordinator, admin] = await Promise.all([
    createUser(server, { name: 'Owner' }),
    createUser(server, { name: 'Member' }),
    createUser(server, { name: 'Expert' }),
    createUser(server, { name: 'Observer' }),
    createUser(server, { name: 'Outsider' }),
    createUser(server, { name: 'Coordinator', globalRole: 'coordinator' }),
    createUser(server, { name: 'Admin', globalRole: 'admin' }),
  ]);
  const partnership = await createPartnership(owner);
  await addMember(server, partnership.id, member, 'member', 1);
  await addMember(server, partnership.id, expert, 'expert');
  await addMember(server, partnership.id, observer, 'observer', 1);
  return { partnership, owner, member, expert, observer, outsider, coordinator, admin, anonymous: server.client() };
}

/** createCast for a whole test file, in beforeAll: call it after serverForFile, so that the server has started. */
export function castForFile(server: TestServer): Cast {
  const cast = {} as Cast;
  beforeAll(async () => {
    Object.assign(cast, await createCast(server));
  });
  return cast;
}
