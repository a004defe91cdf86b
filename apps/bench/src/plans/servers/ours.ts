// Our endpoint as users get it: the whole app, cookie sessions checked on upgrade, persistence on.
import { startBenchApp } from '../bench-app.ts';
import { planCount, serveChild } from './child.ts';

const bench = await startBenchApp();
const planIds = await Promise.all(Array.from({ length: planCount() }, () => bench.createPlan('blank')));
serveChild(
  { url: `${bench.url.replace(/^http/, 'ws')}/collab`, rooms: planIds.map((planId) => `plan:${planId}`), headers: { cookie: bench.cookie, origin: bench.url }, engine: bench.db.engine },
  () => bench.close(),
);
