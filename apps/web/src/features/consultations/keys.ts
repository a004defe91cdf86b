import type { KeyboardEvent } from 'react';

/** Enter sends; Shift+Enter adds a line; Enter that confirms an input method's candidate does not. */
export function isSendKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing;
}
