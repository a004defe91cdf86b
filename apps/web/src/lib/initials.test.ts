import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('takes the first and last name, skipping the Arabic article', () => {
    expect(initials('Anna Becker')).toBe('AB');
    expect(initials('Dr. Sofia Richter')).toBe('DR');
    expect(initials('ليلى الطرابلسي')).toBe('لط');
    expect(initials('Karim Ben Salah')).toBe('KS');
    expect(initials('Karim')).toBe('K');
  });
});
