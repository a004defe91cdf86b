// Our endpoint as users get it: the whole app, cookie sessions checked on upgrade, persistence on.
import { startBenchApp } from '../bench-app.ts';
import { serveChild } from './child.ts';

const bench = await startBenchApp();
const planId = await bench.createPlan('blank');
serveChild(
  { url: `${bench.url.replace(/^http/, 'ws')}/collab`, room: `plan:${planId}`, headers: { cookie: bench.cookie, origin: bench.url }, engine: bench.db.engine },
  () => bench.close(),
);
