import { describe, expect, it } from 'vitest';
import { isTypingKey } from './readOnlyTyping.ts';

const press = (
  key: string,
  modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean; altGraph?: boolean } = {},
) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  altKey: modifiers.alt ?? false,
  getModifierState: (name: string) => name === 'AltGraph' && (modifiers.altGraph ?? false),
});

describe('keys that would type in a read-only plan', () => {
  it('are letters, spaces, Enter and deletions, also typed with AltGr', () => {
    for (const key of ['a', 'ع', ' ', 'Enter', 'Backspace', 'Delete'])
      expect(isTypingKey(press(key))).toBe(true);
    expect(isTypingKey(press('@', { ctrl: true, alt: true, altGraph: true }))).toBe(true);
  });

  it('are not shortcuts, arrows or Tab', () => {
    expect(isTypingKey(press('c', { ctrl: true }))).toBe(false);
    expect(isTypingKey(press('c', { meta: true }))).toBe(false);
    expect(isTypingKey(press('f', { alt: true }))).toBe(false);
    for (const key of ['ArrowDown', 'Tab', 'PageDown', 'Escape'])
      expect(isTypingKey(press(key))).toBe(false);
  });
});
