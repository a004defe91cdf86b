import { describe, expect, it } from 'vitest';
import { colorAmong, palette, userColor } from './colors.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Account ids (like ObjectIds) whose own palette slot is the same. */
function idsSharingASlot(): [string, string] {
  const bySlot = new Map<string, string>();
  for (let i = 0; ; i++) {
    const id = `6700a1b2c3d4e5f6${String(i).padStart(8, '0')}`;
    const other = bySlot.get(userColor(id));
    if (other) return [other, id];
    bySlot.set(userColor(id), id);
  }
}

describe('caret colours', () => {
  it('are ten different colours, each with 3:1 contrast against the white page', () => {
    expect(new Set(palette).size).toBe(10);
    for (const color of palette) expect((1 + 0.05) / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it("give an account its own colour when no one else in the plan has it, the same every time", () => {
    const [id] = idsSharingASlot();
    expect(colorAmong(id, new Set())).toBe(userColor(id));
    expect(colorAmong(id, new Set([palette[0] === userColor(id) ? palette[1] : palette[0]]))).toBe(userColor(id));
    expect(palette).toContain(userColor(id));
  });

  it('give two accounts that would share a colour different ones', () => {
    const [first, second] = idsSharingASlot();
    const taken = new Set([colorAmong(first, new Set())]);
    expect(colorAmong(second, taken)).not.toBe(userColor(first));
  });

  it('give ten people in one plan ten colours, and an eleventh their own', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 10; i++) taken.add(colorAmong(`user-${i % 3}-${i}`, taken));
    expect(taken.size).toBe(10);
    expect(colorAmong('user-eleven', taken)).toBe(userColor('user-eleven'));
  });
});
