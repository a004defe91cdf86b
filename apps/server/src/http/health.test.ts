import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startRestartableDatabase, startTestServer, type RestartableDatabase, type TestServer } from '@jumelage/test-utils';

let database: RestartableDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await startRestartableDatabase(inject('dbEngine'));
  server = await startTestServer({ mongoUri: database.uri });
});
afterAll(async () => {
  await server.close();
  await database.stop();
});

async function health() {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { status: string; database: { engine: string; reachable: boolean } } };
}

/** Polls /healthz until it reports the wanted status; the driver notices an outage on its next operation. */
async function waitForHealth(status: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await health();
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('/healthz', () => {
  it('is 200 with the engine, 503 while the database is down, 200 again when it is back, without a restart', async () => {
    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body.database).toEqual({ engine: inject('dbEngine'), reachable: true });

    await database.pause();
    const down = await waitForHealth(503);
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('unavailable');
    const api = await server.client().post<{ error: { code: string } }>('/api/auth/login', { email: 'a@b.org', password: 'whatever-123' });
    expect(api.status).toBe(503);
    expect(api.body.error.code).toBe('unavailable');

    await database.resume();
    const back = await waitForHealth(200);
    expect(back.status).toBe(200);
  });
});
