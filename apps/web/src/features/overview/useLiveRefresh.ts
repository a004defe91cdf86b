import { useCallback, useEffect, useRef } from 'react';
import { useReconnect, useSocketEvent } from '../../lib/socket.ts';

const settleMs = 1000;

/**
 * Reloads the overview when any partnership's milestones change (coordinators receive every board's
 * events) and after a reconnect. A burst of moves reloads once, after it settles.
 */
export function useLiveRefresh(reload: () => void): void {
  const latest = useRef(reload);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    latest.current = reload;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(), settleMs);
  }, []);
  useSocketEvent('milestone:created', schedule);
  useSocketEvent('milestone:updated', schedule);
  useSocketEvent('milestone:deleted', schedule);
  useReconnect(schedule);
}
