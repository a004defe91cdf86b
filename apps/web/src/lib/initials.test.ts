import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('takes the first and last name, skipping titles and the Arabic article', () => {
    expect(initials('Anna Becker')).toBe('AB');
    expect(initials('Dr. Sofia Richter')).toBe('SR');
    expect(initials('Prof. Dr. Weber')).toBe('W');
    expect(initials('Dr.')).toBe('D');
    expect(initials('ليلى الطرابلسي')).toBe('لط');
    expect(initials('Karim Ben Salah')).toBe('KS');
    expect(initials('Karim')).toBe('K');
  });
});
