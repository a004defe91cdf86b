import { useEffect } from 'react';
import { plansWithUnsentEdits } from './offlineCopies.ts';

/** The plan the page at this path shows, if any (`/p/:partnershipId/plans/:planId`). */
const planIdIn = (path: string) => /\/plans\/([^/]+)/.exec(path)?.[1];

/**
 * Once signed in, and again whenever the page changes (a plan just closed may have left edits
 * unconfirmed): sends the plan edits waiting on this device, except those of a plan the page
 * itself shows, which its editor sends. The sender is loaded only when something waits.
 */
export function useSendWaitingPlanEdits(userId: string | undefined, path: string): void {
  useEffect(() => {
    if (!userId) return;
    const openPlanId = planIdIn(path);
    const waiting = plansWithUnsentEdits(userId).filter((planId) => planId !== openPlanId);
    if (waiting.length === 0) return;
    void import('./editor/sendWaitingPlanEdits.ts')
      .then(({ sendWaitingPlanEdits }) => sendWaitingPlanEdits(userId, waiting))
      .catch(() => undefined);
  }, [userId, path]);
}
