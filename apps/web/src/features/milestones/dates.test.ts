import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '@jumelage/contracts/calendarDays';
import { dueState } from './dates.ts';
import { municipalityCodes } from './owners.ts';

describe('due dates', () => {
  it('takes "today" in the viewer\'s time zone', () => {
    const lateEvening = new Date('2026-03-01T23:30:00Z');
    expect(todayIn('Europe/Berlin', lateEvening)).toBe('2026-03-02');
    expect(todayIn('Africa/Tunis', lateEvening)).toBe('2026-03-02');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-03-01');
  });

  it('flags open milestones as overdue before today and due soon within 14 days', () => {
    const today = '2026-03-02';
    expect(dueState({ dueOn: '2026-03-01', status: 'planned' }, today)).toBe('overdue');
    expect(dueState({ dueOn: '2026-03-01', status: 'done' }, today)).toBeNull();
    expect(dueState({ dueOn: today, status: 'blocked' }, today)).toBe('soon');
    expect(dueState({ dueOn: addDays(today, 14), status: 'in_progress' }, today)).toBe('soon');
    expect(dueState({ dueOn: addDays(today, 15), status: 'planned' }, today)).toBeNull();
    expect(dueState({ dueOn: null, status: 'planned' }, today)).toBeNull();
  });
});

describe('owners', () => {
  it('gives municipalities short codes that differ', () => {
    const place = (name: string) => ({
      name,
      country: 'DE',
      language: 'de' as const,
      timeZone: 'Europe/Berlin',
    });
    expect(municipalityCodes([place('Wolfsburg'), place('Jendouba')])).toEqual(['WOL', 'JEN']);
    expect(municipalityCodes([place('Bad Honnef'), place('Bad Hersfeld')])).toEqual([
      'BADHO',
      'BADHE',
    ]);
  });
});
