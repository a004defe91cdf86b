import { useCallback, useEffect, useRef } from 'react';
import type { MemberRef } from '@jumelage/contracts/realtime';
import { useSocketEvent } from '../../lib/socket.ts';

export interface MemberChange {
  userId: string;
  /** Removed from the partnership (or left it); otherwise joined, or got a new role or municipality. */
  isRemoval: boolean;
}

/**
 * Calls `onChange` when someone joins the partnership, leaves it, is removed or gets a new role,
 * as the server announces it (`member:updated`, `member:removed`): the open pages follow at once
 * instead of at the next reload.
 */
export function useMemberChanges(
  partnershipId: string,
  onChange: (change: MemberChange) => void,
): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const onUpdated = useCallback(
    (event: MemberRef) => {
      if (event.partnershipId === partnershipId)
        latest.current({ userId: event.userId, isRemoval: false });
    },
    [partnershipId],
  );
  const onRemoved = useCallback(
    (event: MemberRef) => {
      if (event.partnershipId === partnershipId)
        latest.current({ userId: event.userId, isRemoval: true });
    },
    [partnershipId],
  );
  useSocketEvent('member:updated', onUpdated);
  useSocketEvent('member:removed', onRemoved);
}
