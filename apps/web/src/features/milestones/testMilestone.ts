import type { Milestone } from '@jumelage/contracts/milestones';

/** A planned milestone for unit tests, titled by its id unless overridden. */
export function testMilestone(id: string, overrides: Partial<Milestone> = {}): Milestone {
  return {
    id,
    partnershipId: 'p',
    title: id,
    description: '',
    status: 'planned',
    dueOn: null,
    ownerIds: [],
    planId: null,
    position: 'a0',
    completedAt: null,
    version: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
