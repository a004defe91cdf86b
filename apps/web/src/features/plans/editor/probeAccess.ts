import { api, ApiError } from '../../../lib/api.ts';
import { planUrl } from '../plans.api.ts';
import type { ClosedReason } from './syncStatus.ts';

/** Connection attempts that fail before asking the REST API whether the plan is still ours. */
export const failuresBeforeProbe = 3;

/**
 * The collab endpoint refuses an upgrade with a bare HTTP status the browser does not reveal, so
 * after repeated failures the REST API tells whether the session ended or the plan is gone.
 * Null: nothing wrong there (the network or the server is the problem; keep retrying).
 */
export async function probeAccess(planId: string): Promise<ClosedReason | null> {
  try {
    await api.get(planUrl(planId));
    return null;
  } catch (error) {
    if (!(error instanceof ApiError)) return null;
    if (error.code === 'unauthenticated') return 'sessionEnded';
    if (error.code === 'not_found') return 'notFound';
    return null;
  }
}
