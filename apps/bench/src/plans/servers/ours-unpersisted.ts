// Our endpoint with its writes held back (a batch window of an hour), sessions still checked on
// upgrade: the reference that attributes CPU to persistence (`relay-cpu` with
// BENCH_RELAY_PEER=unpersisted). Not a contender: users always get the writes.
import http from 'node:http';
import { createCollab } from '@jumelage/server/collab';
import { startBenchApp } from '../bench-app.ts';
import { planCount, serveChild } from './child.ts';

const bench = await startBenchApp();
const planIds = await Promise.all(Array.from({ length: planCount() }, () => bench.createPlan('blank')));
const collab = createCollab(bench.app.ctx, {
  limits: { persistBatchMs: 3_600_000 },
  onStored: () => undefined,
});
const server = http.createServer();
server.on('upgrade', collab.handleUpgrade);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
serveChild(
  {
    url: `ws://127.0.0.1:${port}/collab`,
    rooms: planIds.map((planId) => `plan:${planId}`),
    headers: { cookie: bench.cookie, origin: `http://127.0.0.1:${port}` },
    engine: bench.db.engine,
  },
  async () => {
    await collab.close();
    server.close();
    await bench.close();
  },
);
