import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { serverForFile } from '@jumelage/test-utils';
import { BatchWriter, type UpdateRow } from './batch-writer.ts';

const server = serverForFile();

const planId = new mongoose.Types.ObjectId();
const row = (text: string): UpdateRow => ({ _id: new mongoose.Types.ObjectId(), planId, updates: Buffer.from(text), count: 1, createdAt: new Date() });
const storedTexts = async (rows: UpdateRow[]) => {
  const stored = await server.models.PlanUpdate.find({ _id: mongoose.trusted({ $in: rows.map((r) => r._id) }) }).sort({ _id: 1 });
  return stored.map((r) => r.updates.toString());
};

describe('writing the batches of all plans together', () => {
  it('calls every plan whose batch is due at one tick of the shared clock', async () => {
    const writer = new BatchWriter(server.models.PlanUpdate.collection, 40);
    const calls: string[] = [];
    let hasTurnPassed = false;
    const unscheduled = () => calls.push('unscheduled');
    await new Promise<void>((resolve) => {
      writer.schedule(() => {
        calls.push('first');
        setImmediate(() => (hasTurnPassed = true));
      });
      // Due 20 ms later: called with the first, before its own 40 ms are over.
      setTimeout(() => {
        writer.schedule(unscheduled);
        writer.schedule(() => {
          calls.push(hasTurnPassed ? 'second, a turn later' : 'second, same tick');
          resolve();
        });
        writer.unschedule(unscheduled);
      }, 20);
    });
    expect(calls).toEqual(['first', 'second, same tick']);
  });

  it("stores the rows of one turn together, and one plan's refused row does not hold back the others", async () => {
    const writer = new BatchWriter(server.models.PlanUpdate.collection, 100);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    // A row no database takes (BSON cannot encode a cycle), in the same turn as two good ones.
    const refused = { ...row('refused'), count: circular as unknown as number };
    const good = [row('plan A'), row('plan B')];
    const outcomes = await Promise.allSettled([writer.insert(good[0] as UpdateRow), writer.insert(refused), writer.insert(good[1] as UpdateRow)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await storedTexts([...good, refused])).toEqual(['plan A', 'plan B']);
  });

  it('counts a row already stored as written, once (a retry after an unknown outcome)', async () => {
    const writer = new BatchWriter(server.models.PlanUpdate.collection, 100);
    const earlier = row('stored before');
    await server.models.PlanUpdate.collection.insertOne(earlier);
    const fresh = row('new');
    await Promise.all([writer.insert(earlier), writer.insert(fresh)]);
    expect(await storedTexts([earlier, fresh])).toEqual(['stored before', 'new']);
  });
});
