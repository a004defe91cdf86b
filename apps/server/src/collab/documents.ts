import { BatchWriter } from './batch-writer.ts';
import type { StoredChange } from './store.ts';
import { loadDocument } from './store.ts';
import { SharedDocument, type DocumentDeps } from './shared-document.ts';

export type { StoredChange };

const retryUnloadMs = 1000;

/**
 * The plans loaded in memory. A document is loaded once however many connections ask for it at
 * the same time, stays while anyone holds it, and is freed after its last holder left and its
 * changes were written (while the database refuses them, it stays and the write is retried).
 */
export class DocumentRegistry {
  private readonly loading = new Map<string, Promise<SharedDocument>>();
  private readonly loaded = new Map<string, SharedDocument>();
  private isClosing = false;
  /** How many times a document was read from the database (tests and benchmarks watch it). */
  loads = 0;
  /** Writes the batches of all loaded plans together. */
  private readonly writer: BatchWriter;

  constructor(private readonly deps: DocumentDeps) {
    this.writer = new BatchWriter(deps.models.PlanUpdate.collection, deps.limits.persistBatchMs);
  }

  get size(): number {
    return this.loaded.size;
  }

  get(planId: string): SharedDocument | undefined {
    return this.loaded.get(planId);
  }

  documents(): SharedDocument[] {
    return [...this.loaded.values()];
  }

  /** Loads (or reuses) a plan's document and holds it until `release`. */
  async acquire(planId: string, partnershipId: string): Promise<SharedDocument> {
    let shared = this.loaded.get(planId);
    if (!shared) {
      let pending = this.loading.get(planId);
      if (!pending) {
        pending = this.load(planId, partnershipId);
        this.loading.set(planId, pending);
        const forget = () => this.loading.delete(planId);
        pending.then(forget, forget);
      }
      shared = await pending;
    }
    shared.holders++;
    return shared;
  }

  release(shared: SharedDocument): void {
    shared.holders--;
    if (shared.holders === 0) void this.unload(shared);
  }

  /** Runs server-side work (a restore, an export) on the live document, loading it if needed. */
  async withDocument<T>(planId: string, partnershipId: string, work: (shared: SharedDocument) => T | Promise<T>): Promise<T> {
    const shared = await this.acquire(planId, partnershipId);
    try {
      return await work(shared);
    } finally {
      this.release(shared);
    }
  }

  /** Drops a deleted plan's document without writing anything more. */
  async discard(planId: string): Promise<void> {
    const shared = this.loaded.get(planId);
    if (!shared) return;
    this.loaded.delete(planId);
    await shared.store.discard();
    shared.destroy();
  }

  /** Shutdown: writes every document's pending changes once, then frees them all. */
  async close(): Promise<void> {
    this.isClosing = true;
    await Promise.all([...this.loading.values()].map((pending) => pending.catch(() => undefined)));
    const documents = [...this.loaded.values()];
    this.loaded.clear();
    await Promise.all(documents.map((shared) => shared.store.flush({ isFinal: true })));
    for (const shared of documents) shared.destroy();
  }

  private async load(planId: string, partnershipId: string): Promise<SharedDocument> {
    this.loads++;
    const { doc, rows } = await loadDocument(this.deps.models, planId, this.deps.logger);
    const shared = new SharedDocument(planId, partnershipId, doc, rows, this.deps, this.writer);
    this.loaded.set(planId, shared);
    return shared;
  }

  private async unload(shared: SharedDocument): Promise<void> {
    const isStored = await shared.store.flush({ isFinal: true });
    if (this.loaded.get(shared.planId) !== shared) return;
    if (shared.holders > 0) {
      // Someone came back while the final write failed (which arms no retry): retry as usual.
      if (!isStored) void shared.store.flush();
      return;
    }
    if (!isStored && !this.isClosing) {
      setTimeout(() => shared.holders === 0 && void this.unload(shared), retryUnloadMs).unref();
      return;
    }
    this.loaded.delete(shared.planId);
    shared.destroy();
  }
}
