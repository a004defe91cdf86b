import { generateKeyBetween } from 'fractional-indexing';
import type { Types } from 'mongoose';
import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Models } from '../../models.ts';
import type { SeedUser } from '../../seed/seed-user.ts';
import { daysFrom } from '../../days.ts';
import { demoDay, type DemoStep } from '../../seed/demo-schedule.ts';
import { refreshPartnershipStats } from '../overview/partnership-stats.ts';

type Person = 'owner' | 'member' | 'expert';

interface DemoMilestone {
  step: DemoStep;
  title: string;
  description: string;
  status: MilestoneStatus;
  owners: Person[];
  /** Linked to the demo plan. */
  inPlan?: boolean;
}

// Titles in both languages, as partners write them; the one overdue milestone is blocked, so the
// coordinators' overview has something to flag. The e2e tests find "Bewässerungskonzept" by its
// title (`demoMilestone` in apps/e2e/src/session.ts).
const milestones: DemoMilestone[] = [
  { step: 'kickoffVisit', title: 'Auftaktbesuch in Jendouba · Visite de lancement', description: 'Besichtigung der Fläche, erstes Treffen mit dem Quartiersrat.', status: 'done', owners: ['owner', 'member'] },
  { step: 'siteAnalysis', title: 'Standortanalyse und Bodenproben · Analyse du site', description: 'Ergebnisse im Plan „Quartierspark“, Abschnitt Ausgangslage.', status: 'done', owners: ['member'], inPlan: true },
  { step: 'landTransfer', title: 'Grundstücksübertragung klären · Transfert du terrain', description: 'En attente de la confirmation du gouvernorat.', status: 'blocked', owners: ['member'] },
  { step: 'irrigationConcept', title: 'Bewässerungskonzept · Concept d’irrigation', description: 'Regenwasserzisterne und Tropfbewässerung; Thema der Konsultation mit den Fachleuten.', status: 'in_progress', owners: ['expert', 'member'], inPlan: true },
  { step: 'residentsWorkshop', title: 'Beteiligungswerkstatt · Atelier de concertation', description: 'Wünsche der Anwohnerinnen und Anwohner für Spielfläche, Schatten und Sitzplätze sammeln.', status: 'planned', owners: ['member', 'owner'] },
  { step: 'designApproved', title: 'Entwurfsplanung abgeschlossen · Avant-projet validé', description: '', status: 'planned', owners: ['owner'], inPlan: true },
  { step: 'tender', title: 'Ausschreibung der Bauarbeiten · Appel d’offres', description: '', status: 'planned', owners: ['member'] },
];

/** How each milestone got to its column after it was set up: who moved it there, and when. */
function lastMove(status: MilestoneStatus, completedAt: Date | null, now: Date): { from: MilestoneStatus; by: Person; at: Date } | null {
  switch (status) {
    case 'done':
      return completedAt ? { from: 'in_progress', by: 'member', at: completedAt } : null;
    case 'in_progress':
      return { from: 'planned', by: 'expert', at: daysFrom(now, -10) };
    case 'blocked':
      return { from: 'planned', by: 'member', at: daysFrom(now, -3) };
    case 'planned':
      return null;
  }
}

/**
 * The demo's milestone board: two done, one blocked and overdue, one in progress, three planned.
 * All were set up with the plan; the history says who moved each to its column and when, and the
 * board's last activity (the coordinators' overview) is the latest of those moves.
 */
export async function seedDemoMilestones(
  models: Models,
  partnershipId: Types.ObjectId,
  people: Record<Person, SeedUser>,
  plan: { _id: Types.ObjectId; createdAt: Date },
  now: Date,
): Promise<void> {
  const since = plan.createdAt;
  const lastKey = new Map<MilestoneStatus, string>();
  const planned = milestones.map(({ step, title, description, status, owners, inPlan }) => {
    const position = generateKeyBetween(lastKey.get(status) ?? null, null);
    lastKey.set(status, position);
    const dueOn = demoDay(step, now);
    const completedAt = status === 'done' ? new Date(`${dueOn}T12:00:00Z`) : null;
    const move = lastMove(status, completedAt, now);
    const row = {
      partnershipId,
      title,
      description,
      status,
      dueOn,
      ownerIds: owners.map((person) => people[person]._id),
      planId: inPlan ? plan._id : null,
      position,
      completedAt,
      createdBy: people.owner._id,
      createdAt: since,
      updatedAt: move?.at ?? since,
    };
    return { row, move };
  });
  const created = await models.Milestone.insertMany(planned.map(({ row }) => row), { timestamps: false });
  const history = created.flatMap((milestone, index) => {
    const entry = { partnershipId, subjectId: milestone._id, title: milestone.title };
    const move = planned[index]?.move;
    return [
      { ...entry, actorId: people.owner._id, type: 'milestone.created', changes: {}, createdAt: since },
      ...(move ? [{ ...entry, actorId: people[move.by]._id, type: 'milestone.moved', changes: { status: { before: move.from, after: milestone.status } }, createdAt: move.at }] : []),
    ];
  });
  await models.Activity.insertMany(history);
  const lastActivity = Math.max(...history.map((entry) => entry.createdAt.getTime()));
  await refreshPartnershipStats(models, String(partnershipId), new Date(lastActivity));
}
