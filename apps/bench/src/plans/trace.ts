import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import * as Y from 'yjs';
import { findRepoRoot } from '@jumelage/mongo-launcher';

// The automerge-paper editing trace (../shared/data/editing-traces beside the repository):
// 259,778 single-keystroke patches of one author writing a paper.

interface Trace {
  endContent: string;
  txns: Array<{ patches: Array<[number, number, string]> }>;
}

export const tracePath = () => path.join(findRepoRoot(), '..', 'shared', 'data', 'editing-traces', 'automerge-paper.json.gz');

function isTrace(value: unknown): value is Trace {
  return typeof value === 'object' && value !== null && 'endContent' in value && 'txns' in value && Array.isArray(value.txns);
}

export async function loadTrace(): Promise<Trace> {
  const parsed: unknown = JSON.parse((await promisify(gunzip)(await readFile(tracePath()))).toString('utf8'));
  if (!isTrace(parsed)) throw new Error(`${tracePath()} is not an editing trace`);
  return parsed;
}

/** The text of the plan's first paragraph, where the trace is typed. */
export function traceText(doc: Y.Doc): string {
  const paragraph = doc.getXmlFragment('default').get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  return text instanceof Y.XmlText ? text.toString() : '';
}

/**
 * Replays the trace as a client would type it into the first paragraph of a synced plan (`base`
 * is the plan's state) and returns every update the client sends: one per transaction.
 */
export function clientUpdates(trace: Trace, base: Uint8Array): Uint8Array[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const paragraph = doc.getXmlFragment('default').get(0);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('the plan has no first paragraph');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  for (const txn of trace.txns) {
    doc.transact(() => {
      for (const [position, deleteCount, insert] of txn.patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (insert) text.insert(position, insert);
      }
    });
  }
  doc.destroy();
  return updates;
}
