/**
 * When a user's or a session's access last changed (removal, role change, logout), or a plan was
 * deleted, on a clock that
 * only moves forward. A connection being opened reads the session and memberships first and joins
 * rooms (or attaches to a plan) later; a change in between reached none of the live connections it
 * looked at, so the opening one compares the clock read before its reads with the marks after
 * them, and reads again (Socket.IO) or closes so that the client comes back through the checks
 * (collab, 4509). Marks older than a minute are forgotten: no connection takes that long to open.
 */
export function createRevocations(keepMs = 60_000, now: () => number = Date.now) {
  let clock = 0;
  const marks = new Map<string, { at: number; tick: number }>();

  let forgotAt = 0;
  /** At most once a second, so that a burst of marks does not scan them all each time. */
  function forgetOld(): void {
    if (now() - forgotAt < 1000) return;
    forgotAt = now();
    const limit = forgotAt - keepMs;
    for (const [key, mark] of marks) if (mark.at < limit) marks.delete(key);
  }

  return {
    /** The clock before reading what a connection may do. */
    stamp: (): number => clock,
    /** Access of these users or sessions changed now. */
    mark(keys: { userId?: string; sessionId?: string; planId?: string }): void {
      clock += 1;
      if (marks.size > 1000) forgetOld();
      for (const [kind, id] of Object.entries(keys)) if (id) marks.set(`${kind}:${id}`, { at: now(), tick: clock });
    },
    /** Whether the user's or the session's access changed (or the plan went) after `stamp`. */
    changedSince(stamp: number, keys: { userId: string; sessionId: string; planId?: string }): boolean {
      return Object.entries(keys).some(([kind, id]) => id !== undefined && (marks.get(`${kind}:${id}`)?.tick ?? 0) > stamp);
    },
  };
}

export type Revocations = ReturnType<typeof createRevocations>;
