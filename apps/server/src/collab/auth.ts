import type { IncomingMessage } from 'node:http';
import { collabPathPrefix } from '@jumelage/contracts/realtime';
import type { AppContext } from '../context.ts';
import { resolveSession } from '../features/auth/sessions.ts';
import { loadPartnershipAccess } from '../features/partnerships/partnerships.access.ts';
import { planAbilities } from '../features/plans/plans.policy.ts';
import { AppError } from '../http/errors.ts';
import { isOriginAllowed } from '../http/origin.ts';
import { readSessionToken } from '../http/session-cookie.ts';
import { userColor } from './colors.ts';
import type { Identity } from './connection.ts';

// Decides an upgrade before the WebSocket exists, from the HTTP request alone: Origin first (no
// database work for a foreign page), then the document name, the session, the plan and the policy.
// A refusal is an HTTP status on the raw socket; nothing is loaded for it.

export type UpgradeDecision =
  | { isAllowed: true; planId: string; identity: Identity }
  | { isAllowed: false; status: 401 | 403 | 404 | 503 };

const docNamePattern = /^plan:([a-f0-9]{24})$/;

/** The plan id of `/collab/plan:<id>` (the colon may arrive percent-encoded), or null. */
export function planIdFromPath(url: string | undefined): string | null {
  const { pathname } = new URL(url ?? '/', 'http://localhost');
  if (!pathname.startsWith(collabPathPrefix)) return null;
  try {
    return docNamePattern.exec(decodeURIComponent(pathname.slice(collabPathPrefix.length)))?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function authorizeUpgrade(ctx: AppContext, req: IncomingMessage, origins: Set<string>): Promise<UpgradeDecision> {
  if (!isOriginAllowed(req, origins)) return { isAllowed: false, status: 403 };
  const planId = planIdFromPath(req.url);
  if (!planId) return { isAllowed: false, status: 404 };
  const token = readSessionToken(req);
  if (!token) return { isAllowed: false, status: 401 };
  try {
    const auth = await resolveSession(ctx.models, token);
    if (!auth) return { isAllowed: false, status: 401 };
    const plan = await ctx.models.Plan.findById(planId);
    if (!plan) return { isAllowed: false, status: 404 };
    const access = await loadPartnershipAccess(ctx.models, auth.user, String(plan.partnershipId));
    const abilities = planAbilities(access.abilities);
    if (!abilities.read) return { isAllowed: false, status: 404 };
    const user = { id: auth.user.id, name: auth.user.name, color: userColor(auth.user.id) };
    const identity = { userId: auth.user.id, sessionId: auth.session.id, partnershipId: String(plan.partnershipId), user, isReadOnly: !abilities.edit, sessionExpiresAt: auth.session.expiresAt.getTime() };
    return { isAllowed: true, planId, identity };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return { isAllowed: false, status: 404 };
    ctx.logger.error({ err: error }, 'collab upgrade could not be authorised');
    return { isAllowed: false, status: 503 };
  }
}
