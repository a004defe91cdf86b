import type { Types } from 'mongoose';
import { isDuplicateKey } from '../db.ts';

// The batches of every plan loaded in this process go to the database together. A plan being typed
// in writes a row about ten times a second; with twenty plans edited at once that would be two
// hundred inserts a second, each paying the driver's whole operation path (about 0.5-1.8 ms of CPU
// on our 2-core VM). Instead the plans' batches fall due on one shared clock (armed by the first
// pending change, so no batch waits longer than `batchMs`) and the rows of one tick are written in
// one unordered insertMany: ten database operations a second however many plans are edited.

export interface UpdateRow {
  _id: Types.ObjectId;
  planId: Types.ObjectId;
  updates: Buffer;
  count: number;
  createdAt: Date;
}

interface Queued {
  row: UpdateRow;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The part of a driver collection the writer uses (mongoose's collection of plan_updates). */
export interface RowCollection {
  insertMany(rows: UpdateRow[], options: { ordered: false }): Promise<unknown>;
  insertOne(row: UpdateRow): Promise<unknown>;
}

export class BatchWriter {
  private readonly due = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private queued: Queued[] = [];
  private drain: NodeJS.Immediate | undefined;

  constructor(
    private readonly collection: RowCollection,
    private readonly batchMs: number,
  ) {}

  /** Calls `onDue` at the shared clock's next tick, at most `batchMs` from now. */
  schedule(onDue: () => void): void {
    this.due.add(onDue);
    this.timer ??= setTimeout(this.tick, this.batchMs);
  }

  /** Forgets a scheduled `onDue` (its plan wrote or dropped its batch earlier). */
  unschedule(onDue: () => void): void {
    this.due.delete(onDue);
    if (this.due.size > 0) return;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Writes a row together with the others inserted in the same turn of the event loop; resolves
   * when it is stored, rejects if it is not (the caller keeps its batch and tries again). The
   * write waits for the I/O already queued (setImmediate), so a keystroke that arrives as a batch
   * falls due is relayed first.
   */
  insert(row: UpdateRow): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued.push({ row, resolve, reject });
      this.drain ??= setImmediate(this.write);
    });
  }

  private readonly tick = () => {
    this.timer = undefined;
    const due = [...this.due];
    this.due.clear();
    for (const onDue of due) onDue();
  };

  private readonly write = async () => {
    this.drain = undefined;
    const queued = this.queued;
    this.queued = [];
    // One row (one plan typed in) takes insertOne, the driver's shorter path.
    if (queued.length === 1) return this.writeAlone(queued);
    try {
      await this.collection.insertMany(
        queued.map((entry) => entry.row),
        { ordered: false },
      );
      for (const entry of queued) entry.resolve();
    } catch {
      // Which rows were stored is not always known (a lost connection, a row the driver refuses
      // before sending), so each is written again on its own: one plan's bad row cannot hold back
      // the others, and a row stored the first time is recognised by its _id.
      await this.writeAlone(queued);
    }
  };

  private async writeAlone(queued: Queued[]): Promise<void> {
    await Promise.all(queued.map((entry) => this.insertOne(entry.row).then(entry.resolve, entry.reject)));
  }

  /** Inserts one row; a row with this _id already stored counts as written. */
  private async insertOne(row: UpdateRow): Promise<void> {
    try {
      await this.collection.insertOne(row);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}

