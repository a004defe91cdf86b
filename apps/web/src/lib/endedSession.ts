import type { UnsavedText } from './unsavedWork.ts';

// The session ended on the server while this tab was open (signed out elsewhere, or the account
// deactivated): the sign-in page says so and offers what was typed, kept in memory only, until
// someone signs in.
let ended: UnsavedText[] | null = null;

export function noteSessionEnded(kept: UnsavedText[]): void {
  ended = kept;
}

/** What the ended session left typed (null: no session ended in this tab). */
export function endedSession(): UnsavedText[] | null {
  return ended;
}

export function forgetEndedSession(): void {
  ended = null;
}
