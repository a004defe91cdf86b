import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { serverForFile } from '@jumelage/test-utils';

const server = serverForFile();

describe('the database connection', () => {
  it('applies a conditional update whole: of four at once on one document, one matches and nothing is lost', async () => {
    // On FerretDB v1 this holds only because the app talks to it over one connection (db.ts).
    const collection = server.db.connection.collection<{ _id: mongoose.Types.ObjectId; version: number; writers: number[] }>('db_test_counters');
    for (let round = 0; round < 3; round++) {
      const _id = new mongoose.Types.ObjectId();
      await collection.insertOne({ _id, version: 0, writers: [] });
      const won = await Promise.all(
        [1, 2, 3, 4].map((writer) => collection.findOneAndUpdate({ _id, version: 0 }, { $inc: { version: 1 }, $push: { writers: writer } })),
      );
      const added = await Promise.all([5, 6, 7].map((writer) => collection.updateOne({ _id }, { $push: { writers: writer } })));
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(added.map((result) => result.modifiedCount)).toEqual([1, 1, 1]);
      expect((await collection.findOne({ _id }))?.writers).toHaveLength(4);
    }
  });
});
