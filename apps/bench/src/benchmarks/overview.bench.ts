// Coordinators' overview at programme scale: 1,000 partnerships x 50 milestones.
// Measures GET /api/overview (first page, 50 rows) and the overdue list through the real app over
// HTTP, next to a baseline measured in the same run: one indexed find of 50 documents via the raw driver.
import mongoose from 'mongoose';
import type { Benchmark } from '../run.ts';
import { startBenchServer } from '../bench-server.ts';
import { report, summary } from '../stats.ts';
import { seedProgramme } from '../overview/seed.ts';

const partnerships = 1000;
const milestonesEach = 50;

async function sample(run: () => Promise<unknown>, count: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

function explainSummary(plan: unknown): string {
  const text = JSON.stringify(plan);
  const pick = (key: string) => text.match(new RegExp(`"${key}":(\\d+)`))?.[1] ?? '?';
  const stages = [...text.matchAll(/"stage":"([A-Z_]+)"/g)].map((m) => m[1]);
  return `stages ${[...new Set(stages)].join(' > ') || '(engine gives no stages)'}; returned ${pick('nReturned')}, keys examined ${pick('totalKeysExamined')}, docs examined ${pick('totalDocsExamined')}`;
}

const benchmark: Benchmark = {
  name: 'overview: 1,000 partnerships x 50 milestones',
  async run() {
    const bench = await startBenchServer();
    try {
      console.log(`engine: ${bench.engine}`);
      const seeded = await seedProgramme(bench.models, partnerships, milestonesEach);
      console.log(`seeded ${seeded.partnerships} partnerships, ${seeded.milestones} milestones in ${(seeded.ms / 1000).toFixed(1)} s`);
      const coordinator = await bench.login('coordinator');
      const isSlowEngine = bench.engine === 'ferretdb';
      const count = isSlowEngine ? 15 : 200;
      const warmup = isSlowEngine ? 2 : 20;

      const collection = bench.db.connection.collection('milestones');
      const someId = seeded.partnershipIds[Math.floor(partnerships / 2)];
      const baselineQuery = { partnershipId: new mongoose.Types.ObjectId(someId) };
      const baseline = summary(await sample(() => collection.find(baselineQuery).limit(50).toArray(), count, warmup));
      const overview = summary(await sample(() => coordinator.get('/api/overview?limit=50'), count, warmup));
      const overdue = summary(await sample(() => coordinator.get('/api/overview/milestones?overdue=true&limit=50'), count, warmup));

      console.log(`baseline (raw indexed find of 50): p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms`);
      console.log(`GET /api/overview: p50 ${overview.p50.toFixed(2)} ms, p95 ${overview.p95.toFixed(2)} ms`);
      console.log(`GET /api/overview/milestones?overdue=true: p50 ${overdue.p50.toFixed(2)} ms, p95 ${overdue.p95.toFixed(2)} ms`);
      report('overview p95', overview.p95, baseline.p95, 5);
      report('overdue list p95', overdue.p95, baseline.p95, 5);

      const partnershipsCollection = bench.db.connection.collection('partnerships');
      const explainOverview = await partnershipsCollection.find({}).sort({ name: 1, _id: 1 }).limit(51).explain('executionStats');
      const explainOverdue = await collection
        .find({ status: { $in: ['planned', 'in_progress', 'blocked'] }, dueOn: { $gte: '0000-01-01', $lt: new Date().toISOString().slice(0, 10) } })
        .sort({ dueOn: 1, _id: 1 })
        .limit(50)
        .explain('executionStats');
      console.log(`explain overview page: ${explainSummary(explainOverview)}`);
      console.log(`explain overdue list: ${explainSummary(explainOverdue)}`);
      if (isSlowEngine) console.log('note: FerretDB v1 scans whole collections and uses no index; the targets apply on MongoDB.');
    } finally {
      await bench.close();
    }
  },
};

export default benchmark;
