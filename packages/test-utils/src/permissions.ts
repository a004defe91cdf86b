import { expect, it } from 'vitest';
import type { ErrorBody } from '@jumelage/contracts/constants';
import type { TestClient } from './http-client.ts';
import type { createCast } from './factories.ts';

export type Cast = Awaited<ReturnType<typeof createCast>>;
export type Actor = 'anonymous' | 'outsider' | 'observer' | 'expert' | 'member' | 'owner' | 'coordinator' | 'admin';
export const actors: Actor[] = ['anonymous', 'outsider', 'observer', 'expert', 'member', 'owner', 'coordinator', 'admin'];

export interface PermissionCase {
  name: string;
  expected: Record<Actor, number>;
  /** Sends the request; may create fresh data so that one actor's attempt does not decide the next. */
  send(client: TestClient): Promise<{ status: number; body: unknown }>;
}

const errorCodeOf: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

export function clientOf(cast: Cast, actor: Actor): TestClient {
  return actor === 'anonymous' ? cast.anonymous : cast[actor].client;
}

/** One test per endpoint and actor: the status, and for refusals the error code that goes with it. */
export function itEnforcesPermissions(cases: PermissionCase[], cast: () => Cast): void {
  for (const testCase of cases) {
    for (const actor of actors) {
      const expected = testCase.expected[actor];
      it(`${testCase.name} as ${actor} -> ${expected}`, async () => {
        const response = await testCase.send(clientOf(cast(), actor));
        expect(response.status).toBe(expected);
        const code = errorCodeOf[expected];
        if (code) expect((response.body as ErrorBody).error.code).toBe(code);
      });
    }
  }
}
