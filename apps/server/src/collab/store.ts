import mongoose, { type Types } from 'mongoose';
import * as Y from 'yjs';
import type { PlanAuthor } from '@jumelage/contracts/plans';
import { planPreview, type PlanPreview } from '@jumelage/editor/text';
import type { Logger } from '../logger.ts';
import type { Models } from '../models.ts';
import type { BatchWriter } from './batch-writer.ts';
import { decodeFrames, encodeFrames } from './frames.ts';

// Persistence of one plan's Yjs document in plan_updates.
// - Every update applied to the document is recorded; a batch is written as one row at most
//   `batchMs` after its first update (on the clock shared by all plans, see batch-writer.ts), so a
//   crash loses at most that batch, which the clients still hold and send again when they resync
//   (our sync step 1 asks them for everything we lack).
// - Writes are serialised on one queue; a failed write keeps its batch for the next attempt.
// - Compaction: when more than `compactAfterUpdates` updates are stored (checked at most every
//   `compactIntervalMs` while people type, always when the document is unloaded), the whole state
//   is written as one new row first and only then are the rows it covers deleted. A crash in
//   between leaves duplicates, which applying twice ignores, so there is no moment when a change
//   exists nowhere.

export interface StoreOptions {
  /** How long a failed write waits before it is tried again. */
  retryMs: number;
  compactAfterUpdates: number;
  compactIntervalMs: number;
}

export interface StoredRows {
  rowIds: Types.ObjectId[];
  updates: number;
  bytes: number;
}

/** What the plan's metadata is derived from after a write. */
export interface StoredChange {
  storedBytes: number;
  /** Read when the metadata is published (every few seconds), not on every write. */
  preview: () => PlanPreview;
  /** Who made the latest change (the name as their session knows it, so no lookup is needed). */
  editor: PlanAuthor;
  changedAt: Date;
}

/** Rebuilds a plan's document from its rows; a row that cannot be read is skipped and logged, never fatal. */
export async function loadDocument(models: Models, planId: string, logger: Logger): Promise<{ doc: Y.Doc; rows: StoredRows }> {
  const found = await models.PlanUpdate.find({ planId }).sort({ _id: 1 });
  const doc = new Y.Doc();
  const rows: StoredRows = { rowIds: [], updates: 0, bytes: 0 };
  doc.transact(() => {
    for (const row of found) {
      rows.rowIds.push(row._id);
      rows.updates += row.count;
      rows.bytes += row.updates.byteLength;
      try {
        for (const update of decodeFrames(row.updates)) Y.applyUpdate(doc, update);
      } catch (error) {
        logger.error({ err: error, planId, rowId: row.id }, 'skipped an unreadable stored plan update');
      }
    }
  });
  return { doc, rows };
}

/**
 * A plan's preview, read from the live document when it is asked for; once the document is freed,
 * the preview it had then (a publish may still be waiting, and must not keep the document).
 */
class PreviewSource {
  private frozen: PlanPreview = { textPreview: '', previewLanguages: [] };

  constructor(private doc: Y.Doc | undefined) {}

  readonly read = (): PlanPreview => (this.doc ? planPreview(this.doc) : this.frozen);

  freeze(): void {
    if (!this.doc) return;
    this.frozen = planPreview(this.doc);
    this.doc = undefined;
  }
}

/**
 * A stored row stays far below MongoDB's 16 MiB document limit. A batch is split beyond this: a
 * client may send 2 MiB updates that delete each other, so a busy 100 ms can hold more than 16 MiB
 * while the document stays small, and a row that large could never be written.
 */
const maxRowBytes = 4 * 1024 * 1024;

/** The batch's updates in rows of at most `maxRowBytes` (a single larger update gets its own row). */
function rowsOf(batch: Uint8Array[]): Uint8Array[][] {
  const rows: Uint8Array[][] = [];
  let row: Uint8Array[] = [];
  let bytes = 0;
  for (const update of batch) {
    if (row.length > 0 && bytes + update.byteLength > maxRowBytes) {
      rows.push(row);
      row = [];
      bytes = 0;
    }
    row.push(update);
    bytes += update.byteLength;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export class PlanStore {
  private pending: Uint8Array[] = [];
  private editor: PlanAuthor | null = null;
  /** When the latest recorded update arrived (epoch ms: cheaper than a Date per keystroke). */
  private changedAt = Date.now();
  /** The batch waits for the shared clock. */
  private isScheduled = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private lastCompaction = Date.now();
  private isDiscarded = false;
  private readonly preview: PreviewSource;

  constructor(
    private readonly models: Models,
    private readonly writer: BatchWriter,
    private readonly planId: string,
    private readonly doc: Y.Doc,
    private readonly rows: StoredRows,
    private readonly options: StoreOptions,
    private readonly logger: Logger,
    private readonly onStored: (change: StoredChange) => void,
  ) {
    this.preview = new PreviewSource(doc);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Records an update that was applied to the document; `editor` is whose change it was. */
  record(update: Uint8Array, editor: PlanAuthor): void {
    if (this.isDiscarded) return;
    this.pending.push(update);
    this.editor = editor;
    this.changedAt = Date.now();
    // A write the database refused is retried on its own, slower timer, with everything pending.
    if (this.isScheduled || this.retryTimer) return;
    this.isScheduled = true;
    this.writer.schedule(this.onBatchDue);
  }

  private readonly onBatchDue = () => {
    this.isScheduled = false;
    void this.flush();
  };

  private cancelScheduled(): void {
    if (this.isScheduled) this.writer.unschedule(this.onBatchDue);
    this.isScheduled = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Writes the pending batch (and compacts when due); resolves false if the database refused. */
  flush(options: { isFinal?: boolean } = {}): Promise<boolean> {
    this.cancelScheduled();
    const run = this.queue.then(() => this.write(options.isFinal ?? false));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The document is being freed: a metadata publish still to come reads the preview it had. */
  detachDocument(): void {
    this.preview.freeze();
  }

  /** Forgets everything unwritten and writes nothing more (the plan was deleted). */
  discard(): Promise<unknown> {
    this.isDiscarded = true;
    this.pending = [];
    this.cancelScheduled();
    return this.queue;
  }

  private async write(isFinal: boolean): Promise<boolean> {
    if (this.isDiscarded) return true;
    // The final write takes over from a retry armed by a write that failed before it.
    if (isFinal) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    const batch = this.pending;
    this.pending = [];
    try {
      if (batch.length > 0) {
        // Should one row of the batch fail, the whole batch is kept and written again: a row stored
        // twice is harmless (Yjs ignores what it has) and listed, so compaction removes it.
        const results = await Promise.allSettled(rowsOf(batch).map((updates) => this.storeRow(updates)));
        for (const result of results) if (result.status === 'rejected') throw result.reason;
      }
      const isDue = this.rows.updates > this.options.compactAfterUpdates;
      if (isDue && !this.isDiscarded && (isFinal || Date.now() - this.lastCompaction >= this.options.compactIntervalMs)) await this.compact();
    } catch (error) {
      if (batch.length > 0 && !this.isDiscarded) this.pending = [...batch, ...this.pending];
      this.logger.error({ err: error, planId: this.planId, updates: batch.length }, 'storing plan updates failed; will retry');
      if (!isFinal && !this.isDiscarded) this.retryTimer ??= setTimeout(() => void this.flush(), this.options.retryMs);
      return false;
    }
    // A batch implies a recorded update, so the editor is known.
    if (batch.length > 0 && this.editor) {
      this.onStored({ storedBytes: this.rows.bytes, preview: this.preview.read, editor: this.editor, changedAt: new Date(this.changedAt) });
    }
    return true;
  }

  /** Writes updates as one row and lists it for compaction. */
  private async storeRow(updates: Uint8Array[]): Promise<void> {
    const bytes = Buffer.from(encodeFrames(updates));
    this.rows.rowIds.push(await this.insertRow(bytes, updates.length));
    this.rows.updates += updates.length;
    this.rows.bytes += bytes.byteLength;
  }

  private async compact(): Promise<void> {
    const covered = [...this.rows.rowIds];
    const state = Buffer.from(encodeFrames([Y.encodeStateAsUpdate(this.doc)]));
    const rowId = await this.insertRow(state, 1);
    this.lastCompaction = Date.now();
    this.rows.rowIds.push(rowId);
    this.rows.updates += 1;
    this.rows.bytes += state.byteLength;
    // Should this fail, the covered rows stay listed and the next compaction deletes them.
    await this.models.PlanUpdate.deleteMany({ _id: mongoose.trusted({ $in: covered }) });
    Object.assign(this.rows, { rowIds: [rowId], updates: 1, bytes: state.byteLength });
  }

  /** Inserts a plan_updates row (built here, so mongoose's document layer adds nothing) with the other plans' rows of this tick. */
  private async insertRow(updates: Buffer, count: number): Promise<Types.ObjectId> {
    const row = { _id: new mongoose.Types.ObjectId(), planId: new mongoose.Types.ObjectId(this.planId), updates, count, createdAt: new Date() };
    await this.writer.insert(row);
    return row._id;
  }
}
