import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { isHexColor } from './caret.ts';

export interface PresentUser {
  /** The account id the server stamped (one entry per person, however many tabs they have open). */
  key: string;
  name: string;
  color: string | null;
  isSelf: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Everyone in the document as awareness says (names and colours set by the server), self first. */
export function presentUsers(awareness: Awareness, selfId: string): PresentUser[] {
  const byKey = new Map<string, PresentUser>();
  for (const [clientId, state] of awareness.getStates()) {
    const user = isRecord(state) ? state.user : undefined;
    if (!isRecord(user) || typeof user.name !== 'string') continue;
    const isSelf = clientId === awareness.clientID || user.id === selfId;
    const key = typeof user.id === 'string' ? user.id : `client:${clientId}`;
    if (byKey.has(key)) continue;
    byKey.set(key, {
      key,
      name: user.name,
      color: isHexColor(user.color) ? user.color : null,
      isSelf,
    });
  }
  return [...byKey.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
  );
}

/** An external store over awareness for useSyncExternalStore, with a snapshot that changes only on change. */
function presenceStore(awareness: Awareness, selfId: string) {
  let snapshot = presentUsers(awareness, selfId);
  return {
    subscribe(onChange: () => void) {
      const refresh = () => {
        snapshot = presentUsers(awareness, selfId);
        onChange();
      };
      awareness.on('change', refresh);
      refresh();
      return () => awareness.off('change', refresh);
    },
    getSnapshot: () => snapshot,
  };
}

/** The people present in a plan, updated as they come, go or get renamed. */
export function usePresence(awareness: Awareness, selfId: string): PresentUser[] {
  const store = useMemo(() => presenceStore(awareness, selfId), [awareness, selfId]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
