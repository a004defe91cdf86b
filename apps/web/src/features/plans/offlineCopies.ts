import { useEffect } from 'react';
import { planDocName, planLimits } from '@jumelage/contracts/constants';
import type { PlansByIdResponse } from '@jumelage/contracts/plans';
import { api } from '../../lib/api.ts';
import { forgetKeptAnswers } from '../../lib/offlineCache.ts';
import { partnershipUrl } from '../partnerships/partnerships.api.ts';
import { planUrl, plansUrl } from './plans.api.ts';

// Each plan opened on this device leaves a copy of its text in IndexedDB (y-indexeddb), so that it
// opens offline and keeps what was typed there. A copy of a plan the person may no longer read
// (they left the partnership or were removed from it, the plan was deleted) is of no use to them
// and should not stay on a shared office computer, so such copies are deleted once the server says
// so: a copy goes only when the server, asked, leaves its plan out of those the person may read.
// Offline, or with the server unreachable, everything stays.

/** The sweep waits this long after a page load, so that it does not compete with the page on a slow link. */
const sweepDelayMs = 3000;

const copyPrefix = (userId: string) => `jumelage:${userId}:${planDocName('')}`;

/** Where the editor keeps the last seconds of changes of a copy through an unload (`unloadJournal.ts`). */
export const unloadJournalKey = (localCopyName: string) => `${localCopyName}:unsaved`;

/** One IndexedDB database per plan and account, so two people sharing a browser never mix copies. */
export const localCopyName = (planId: string, userId: string) => `${copyPrefix(userId)}${planId}`;

const unsentSuffix = ':unsent';

/**
 * Set while a copy holds edits the server has not confirmed, to the time of the latest one: the
 * app sends them from any page (`editor/sendWaitingPlanEdits.ts`), not only once the plan is
 * opened again. localStorage, because it is written synchronously and read without opening
 * every copy.
 */
export const unsentMarkKey = (localCopyName: string) => `${localCopyName}${unsentSuffix}`;

/** Notes whether a copy holds edits the server has not confirmed (see `unsentMarkKey`). */
export function noteUnsentEdits(localCopyName: string, hasUnsent: boolean): void {
  try {
    if (hasUnsent) localStorage.setItem(unsentMarkKey(localCopyName), String(Date.now()));
    else localStorage.removeItem(unsentMarkKey(localCopyName));
  } catch {
    // Storage full: the edits still go, once the plan is opened again.
  }
}

/** Whether a copy holds edits the server has not confirmed (see `unsentMarkKey`). */
export function hasUnsentEdits(localCopyName: string): boolean {
  try {
    return localStorage.getItem(unsentMarkKey(localCopyName)) !== null;
  } catch {
    return false;
  }
}

/** The plans whose copy for the account holds edits the server has not confirmed. */
export function plansWithUnsentEdits(userId: string): string[] {
  const prefix = copyPrefix(userId);
  const planIds: string[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key?.startsWith(prefix) && key.endsWith(unsentSuffix)) {
      planIds.push(key.slice(prefix.length, -unsentSuffix.length));
    }
  }
  return planIds;
}

/**
 * Deletes one copy. Resolves once the database is gone (y-indexeddb's `clearData` resolves before,
 * and a reload right after it could keep the old copy); while a tab still holds it open, the
 * deletion waits for that tab and `onBlocked` is called.
 */
export function deleteLocalCopy(name: string, onBlocked: () => void = () => {}): Promise<void> {
  localStorage.removeItem(unloadJournalKey(name));
  localStorage.removeItem(unsentMarkKey(name));
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onblocked = onBlocked;
    request.onerror = () => reject(request.error ?? new Error('deleting the local copy failed'));
  });
}

/** The plans of which this device holds a copy for the given account. */
async function plansWithCopies(userId: string): Promise<string[]> {
  // Firefox before 126 cannot list databases; its copies stay until each plan is opened.
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  const prefix = copyPrefix(userId);
  const databases = await indexedDB.databases();
  return databases.flatMap(({ name }) =>
    name?.startsWith(prefix) ? [name.slice(prefix.length)] : [],
  );
}

/** Which of these plans the account may read, as the server says (null: it could not be asked). */
async function stillReadable(planIds: readonly string[]): Promise<Set<string> | null> {
  const readable = new Set<string>();
  for (let start = 0; start < planIds.length; start += planLimits.byIdMax) {
    const ids = planIds.slice(start, start + planLimits.byIdMax).join(',');
    try {
      const { data } = await api.get<PlansByIdResponse>(`/api/plans?ids=${ids}`);
      for (const plan of data) readable.add(plan.id);
    } catch {
      return null;
    }
  }
  return readable;
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Deletes the copies of the plans the account can no longer read: one request for all of them
 * (per hundred). A call while a sweep runs leads to one more sweep after it: the access it
 * follows may have changed meanwhile.
 */
export function forgetUnreadablePlans(userId: string): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const planIds = await plansWithCopies(userId);
      const readable = planIds.length > 0 ? await stillReadable(planIds) : null;
      if (!readable) return;
      for (const planId of planIds.filter((id) => !readable.has(id))) {
        await forgetKeptAnswers([planUrl(planId)]);
        // A tab that still shows the plan keeps it until it is closed; then the deletion completes.
        void deleteLocalCopy(localCopyName(planId, userId)).catch(() => undefined);
      }
    } while (again);
  })()
    .catch(() => undefined)
    .finally(() => {
      running = null;
    });
  return running;
}

/** After leaving a partnership or being removed from it: its kept answers and plan copies go. */
export async function forgetPartnership(partnershipId: string, userId: string): Promise<void> {
  await forgetKeptAnswers([partnershipUrl(partnershipId), plansUrl(partnershipId)]);
  await forgetUnreadablePlans(userId);
}

/** Once per page load and account, a few seconds in (or once back online): see above. */
export function useForgetUnreadablePlans(userId: string | undefined): void {
  useEffect(() => {
    if (!userId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      window.removeEventListener('online', start);
      timer = setTimeout(() => void forgetUnreadablePlans(userId), sweepDelayMs);
    };
    if (navigator.onLine) start();
    else window.addEventListener('online', start);
    return () => {
      window.removeEventListener('online', start);
      clearTimeout(timer);
    };
  }, [userId]);
}
