import { describe, expect, it } from 'vitest';
import { isHexColor, textColorOn } from './caret.ts';

describe('caret label colours', () => {
  it('writes white on dark colours and dark text on light ones', () => {
    expect(textColorOn('#1f4e79')).toBe('#ffffff');
    expect(textColorOn('#a8a824')).toBe('#1b2430');
    expect(textColorOn('#ffffff')).toBe('#1b2430');
  });

  it('accepts only #rrggbb colours', () => {
    expect(isHexColor('#12ab9F')).toBe(true);
    expect(isHexColor('red')).toBe(false);
    expect(isHexColor('#fff')).toBe(false);
    expect(isHexColor(undefined)).toBe(false);
  });
});
