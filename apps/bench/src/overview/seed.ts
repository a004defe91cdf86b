import { generateNKeysBetween } from 'fractional-indexing';
import mongoose from 'mongoose';
import type { Models } from '@jumelage/server/models';

const statuses = ['planned', 'in_progress', 'done', 'blocked'] as const;
const countries = ['TN', 'MA', 'DZ'] as const;

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Inserts partnerships with milestones in bulk, with the figures the app keeps on each partnership
 * computed here (recounting 1,000 partnerships one by one would dominate the run on FerretDB).
 */
export async function seedProgramme(models: Models, partnershipCount: number, milestonesEach: number) {
  const started = performance.now();
  const creator = new mongoose.Types.ObjectId();
  const partnershipIds: string[] = [];
  const positions = generateNKeysBetween(null, null, milestonesEach);
  for (let batch = 0; batch < partnershipCount; batch += 100) {
    const partnerships = [];
    const milestones = [];
    for (let i = batch; i < Math.min(partnershipCount, batch + 100); i += 1) {
      const _id = new mongoose.Types.ObjectId();
      partnershipIds.push(String(_id));
      const counts = { planned: 0, in_progress: 0, done: 0, blocked: 0 };
      const openDue: Array<{ id: mongoose.Types.ObjectId; title: string; dueOn: string }> = [];
      for (let m = 0; m < milestonesEach; m += 1) {
        const status = statuses[(i + m) % 4] ?? 'planned';
        const dueOn = isoDay(((i * 7 + m * 13) % 200) - 60);
        const milestoneId = new mongoose.Types.ObjectId();
        counts[status] += 1;
        if (status !== 'done') openDue.push({ id: milestoneId, title: `Milestone ${m}`, dueOn });
        milestones.push({ _id: milestoneId, partnershipId: _id, title: `Milestone ${m}`, status, dueOn, position: positions[m], createdBy: creator, version: 0 });
      }
      openDue.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
      partnerships.push({
        _id,
        name: `Partnership ${String(i).padStart(4, '0')}`,
        municipalities: [
          { name: `Stadt ${i}`, country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
          { name: `Ville ${i}`, country: countries[i % 3], language: 'fr', timeZone: 'Africa/Tunis' },
        ],
        themes: ['green_spaces'],
        createdBy: creator,
        stats: { ...counts, total: milestonesEach, percentDone: Math.round((counts.done / milestonesEach) * 100), openDue, nextDueOn: openDue[0]?.dueOn ?? '9999-12-31', lastActivityAt: new Date() },
      });
    }
    await models.Partnership.insertMany(partnerships, { lean: true });
    await models.Milestone.insertMany(milestones, { lean: true });
  }
  return { partnerships: partnershipCount, milestones: partnershipCount * milestonesEach, partnershipIds, ms: performance.now() - started };
}
