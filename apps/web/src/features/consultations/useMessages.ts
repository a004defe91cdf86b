import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { asApiError, isAbortError } from '../../lib/api.ts';
import { useSocketEvent } from '../../lib/socket.ts';
import { fetchMessages, fetchMessagesAfter } from './consultations.api.ts';
import { initialHistory, historyReducer } from './historyReducer.ts';
import { newestId } from './messageList.ts';
import type { Outbox } from './outbox.ts';
import type { SocketStatus } from './useSocketStatus.ts';

/**
 * One channel's history: the newest page first, older pages on request, live events, the outbox's
 * acknowledged messages, and after every (re)connect everything after the newest message held.
 */
export function useMessages(channelId: string, status: SocketStatus, outbox: Outbox) {
  const [state, dispatch] = useReducer(historyReducer, initialHistory);
  const [attempt, setAttempt] = useState(0);
  const connectCount = useRef(status.connectCount);
  const lastId = useRef<string | null>(null);
  useEffect(() => {
    connectCount.current = status.connectCount;
    lastId.current = newestId(state.messages);
  });

  useEffect(() => {
    const controller = new AbortController();
    const syncedAt = connectCount.current;
    fetchMessages(channelId, {}, controller.signal).then(
      (page) => dispatch({ type: 'loaded', page, syncedAt }),
      (error: unknown) => {
        if (!isAbortError(error)) dispatch({ type: 'failed', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [channelId, attempt]);

  const { isConnected } = status;
  const needsCatchUp = state.status === 'ready' && status.connectCount > state.syncedAt;
  useEffect(() => {
    if (!needsCatchUp || !isConnected) return;
    const controller = new AbortController();
    const syncedAt = connectCount.current;
    const after = lastId.current;
    const missed = after
      ? fetchMessagesAfter(channelId, after, controller.signal)
      : fetchMessages(channelId, {}, controller.signal).then((page) => page.data);
    // A failure leaves the gap open; the next connect tries again.
    missed.then(
      (messages) => dispatch({ type: 'caughtUp', messages, syncedAt }),
      () => undefined,
    );
    return () => controller.abort();
  }, [channelId, needsCatchUp, isConnected]);

  const onReceived = useCallback(
    (message: ChatMessage) => {
      if (message.channelId === channelId) dispatch({ type: 'received', messages: [message] });
    },
    [channelId],
  );
  const onChanged = useCallback(
    (message: ChatMessage) => {
      if (message.channelId === channelId) dispatch({ type: 'changed', message });
    },
    [channelId],
  );
  useSocketEvent('message:created', onReceived);
  useSocketEvent('message:updated', onChanged);
  useSocketEvent('message:deleted', onChanged);
  useEffect(() => outbox.onStored(onReceived), [outbox, onReceived]);

  const { olderCursor, isLoadingOlder } = state;
  const loadOlder = useCallback(() => {
    if (!olderCursor || isLoadingOlder) return;
    dispatch({ type: 'loadingOlder' });
    fetchMessages(channelId, { before: olderCursor }).then(
      (page) => dispatch({ type: 'older', page }),
      (error: unknown) => dispatch({ type: 'olderFailed', error: asApiError(error) }),
    );
  }, [channelId, olderCursor, isLoadingOlder]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loadOlder, retry, applyChange: onChanged };
}
