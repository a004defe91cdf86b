import type { KeyboardEvent } from 'react';

/**
 * Enter sends; Shift+Enter adds a line; Enter that confirms an input method's candidate does not.
 * On a touch screen Enter adds a line (its keyboard has no Shift+Enter) and the button sends.
 */
export function isSendKey(event: KeyboardEvent<HTMLTextAreaElement>, isTouch: boolean): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && !isTouch;
}

/** Whether the main pointer is a finger (a phone or tablet), read once per composer. */
export const isTouchScreen = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
