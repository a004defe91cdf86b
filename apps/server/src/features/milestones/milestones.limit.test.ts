import { generateKeyBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { createPartnership, createUser, serverForFile } from '@jumelage/test-utils';

// A database of its own: FerretDB scans whole collections, so a thousand milestones would slow
// every other milestone test down.
const server = serverForFile();

describe('milestone limit', () => {
  it('lets only as many creates in as the board has places when they arrive at the same moment', async () => {
    const owner = await createUser(server);
    const board = await createPartnership(owner);
    const before = Array.from({ length: 998 }, (_, i) => ({
      partnershipId: board.id,
      title: `Meilenstein ${i}`,
      position: generateKeyBetween(null, null) + String(i).padStart(4, '0'),
      createdBy: owner.id,
    }));
    await server.models.Milestone.insertMany(before);
    const answers = await Promise.all(
      ['Letzter Platz', 'Einer zu viel', 'Noch einer'].map((title) => owner.client.post(`/api/partnerships/${board.id}/milestones`, { title })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 409]);
    expect(await server.models.Milestone.countDocuments({ partnershipId: board.id })).toBe(1000);
  });
});
