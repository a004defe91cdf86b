import { useCallback, useEffect, useRef, useState } from 'react';
import { chatLimits } from '@jumelage/contracts/constants';
import type { ChatMessage, TypingChanged } from '@jumelage/contracts/consultations';
import { useSocketEvent, type AppSocket } from '../../lib/socket.ts';

interface Typist {
  userId: string;
  until: number;
}

/** Who is typing in a channel now; an indicator not renewed in time disappears by itself. */
export function useTypingUsers(channelId: string): string[] {
  const [typists, setTypists] = useState<Typist[]>([]);

  const onTyping = useCallback(
    ({ channelId: changed, userId, isTyping }: TypingChanged) => {
      if (changed !== channelId) return;
      setTypists((list) => [
        ...list.filter((typist) => typist.userId !== userId),
        ...(isTyping ? [{ userId, until: Date.now() + chatLimits.typingTimeoutMs }] : []),
      ]);
    },
    [channelId],
  );
  const onMessage = useCallback(
    (message: ChatMessage) =>
      onTyping({ channelId: message.channelId, userId: message.author.id, isTyping: false }),
    [onTyping],
  );
  useSocketEvent('typing:changed', onTyping);
  useSocketEvent('message:created', onMessage);

  useEffect(() => {
    if (typists.length === 0) return;
    const soonest = Math.min(...typists.map((typist) => typist.until));
    const timer = setTimeout(
      () => setTypists((list) => list.filter((typist) => typist.until > Date.now())),
      Math.max(0, soonest - Date.now()) + 50,
    );
    return () => clearTimeout(timer);
  }, [typists]);

  return typists.map((typist) => typist.userId);
}

const renewEveryMs = chatLimits.typingTimeoutMs - 2000;
const idleAfterMs = 4000;

/** Tells the others (volatile, throttled) that the viewer is typing, and when they stop. */
export function useTypingNotifier(channelId: string, socket: AppSocket | null) {
  const startedAt = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const stop = useCallback(() => {
    clearTimeout(idleTimer.current);
    if (startedAt.current === 0) return;
    startedAt.current = 0;
    if (socket?.connected) socket.volatile.emit('typing:stop', { channelId });
  }, [socket, channelId]);

  const typed = useCallback(
    (text: string) => {
      if (!text.trim()) return stop();
      const now = Date.now();
      if (now - startedAt.current > renewEveryMs && socket?.connected) {
        startedAt.current = now;
        socket.volatile.emit('typing:start', { channelId });
      }
      clearTimeout(idleTimer.current);
      idleTimer.current = setTimeout(stop, idleAfterMs);
    },
    [socket, channelId, stop],
  );

  useEffect(() => stop, [stop]);
  return { typed, stop };
}
