import * as Y from 'yjs';
import { collabCloseCodes, collabLimits } from '@jumelage/contracts/constants';

export { collabCloseCodes };

export type CollabLimits = { -readonly [K in keyof typeof collabLimits]: number };

/** The contract's limits; tests and benchmarks may lower some of them. */
export function resolveLimits(overrides: Partial<CollabLimits> = {}): CollabLimits {
  return { ...collabLimits, ...overrides };
}

/**
 * Keeps a document under `maxBytes` without encoding it on every keystroke: the size is tracked
 * as an upper bound (exact size at the last measurement plus every update applied since) and measured
 * exactly only when that bound would pass the limit.
 */
export class DocumentSizeGuard {
  private bound: number;

  /** `storedBytes`: what the loaded rows occupy, an upper bound of the state they rebuild. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly maxBytes: number,
    storedBytes: number,
  ) {
    this.bound = storedBytes;
  }

  /** Whether an update of this size may be applied; call `applied` after applying it. */
  allows(updateBytes: number): boolean {
    if (this.bound + updateBytes <= this.maxBytes) return true;
    this.bound = Y.encodeStateAsUpdate(this.doc).byteLength;
    return this.bound + updateBytes <= this.maxBytes;
  }

  applied(updateBytes: number): void {
    this.bound += updateBytes;
  }
}
