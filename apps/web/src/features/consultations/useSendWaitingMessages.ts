import { useEffect } from 'react';

/**
 * Once signed in, on any page: sends the chat messages left waiting on this device
 * (`sendWaitingMessages.ts`, loaded on demand so the first load stays small).
 */
export function useSendWaitingMessages(userId: string | undefined): void {
  useEffect(() => {
    if (!userId) return;
    void import('./sendWaitingMessages.ts')
      .then(({ sendWaitingMessages }) => sendWaitingMessages(userId))
      .catch(() => undefined);
  }, [userId]);
}
