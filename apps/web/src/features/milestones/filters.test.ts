import { describe, expect, it } from 'vitest';
import type { Milestone } from '@jumelage/contracts/milestones';
import { matchesFilters, type BoardFilters } from './filters.ts';
import { testMilestone } from './testMilestone.ts';

const card = (title: string, description = ''): Milestone =>
  testMilestone('m1', { title, description });

const search = (query: string): BoardFilters => ({
  status: null,
  ownerId: null,
  isOverdueOnly: false,
  query,
});

const finds = (query: string, milestone: Milestone) =>
  matchesFilters(milestone, search(query), '2026-06-01');

describe('board search', () => {
  it('finds words typed without their accents, in any case, in title or description', () => {
    expect(finds('bewasserung', card('Bewässerungskonzept'))).toBe(true);
    expect(finds('valide projet', card('Avant-projet validé'))).toBe(true);
    expect(finds('STRASSE', card('Plan', 'Sanierung der Hauptstraße'))).toBe(true);
    expect(finds('VALIDÉ', card('Avant-projet validé'))).toBe(true);
  });

  it('finds Arabic words with or without their vowel marks', () => {
    expect(finds('حديقة', card('تصميم الحَدِيقَة'))).toBe(true);
    expect(finds('الحَدِيقَة', card('تصميم الحديقة'))).toBe(true);
  });

  it('needs every word', () => {
    expect(finds('bewasserung park', card('Bewässerungskonzept'))).toBe(false);
    expect(finds('zaun', card('Bewässerungskonzept'))).toBe(false);
  });
});
