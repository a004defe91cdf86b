import { daysFrom } from '../days.ts';

// The demo partnership's story in days from the day it is seeded, so a fresh demo always shows done,
// overdue, current and coming milestones, and the plan's timeline names the same months.

export const demoSchedule = {
  kickoffVisit: -75,
  siteAnalysis: -30,
  landTransfer: -5,
  irrigationConcept: 20,
  residentsWorkshop: 45,
  designApproved: 100,
  tender: 160,
} as const;

export type DemoStep = keyof typeof demoSchedule;

/** The step's date as a calendar day (YYYY-MM-DD, UTC), as milestones store due dates. */
export function demoDay(step: DemoStep, now = new Date()): string {
  return daysFrom(now, demoSchedule[step]).toISOString().slice(0, 10);
}

/** The step's month in German ("März 2027"), as the demo plan's timeline writes it. */
export function demoMonth(step: DemoStep, now = new Date()): string {
  return new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(daysFrom(now, demoSchedule[step]));
}
