import { generateKeyBetween } from 'fractional-indexing';
import type { Types } from 'mongoose';
import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Models } from '../../models.ts';
import { demoDay, type DemoStep } from '../../seed/demo-schedule.ts';
import { refreshPartnershipStats } from '../overview/partnership-stats.ts';

interface SeedUser {
  _id: Types.ObjectId;
}

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
// coordinators' overview has something to flag.
const milestones: DemoMilestone[] = [
  { step: 'kickoffVisit', title: 'Auftaktbesuch in Jendouba · Visite de lancement', description: 'Besichtigung der Fläche, erstes Treffen mit dem Quartiersrat.', status: 'done', owners: ['owner', 'member'] },
  { step: 'siteAnalysis', title: 'Standortanalyse und Bodenproben · Analyse du site', description: 'Ergebnisse im Plan „Quartierspark“, Abschnitt Ausgangslage.', status: 'done', owners: ['member'], inPlan: true },
  { step: 'landTransfer', title: 'Grundstücksübertragung klären · Transfert du terrain', description: 'En attente de la confirmation du gouvernorat.', status: 'blocked', owners: ['member'] },
  { step: 'irrigationConcept', title: 'Bewässerungskonzept · Concept d’irrigation', description: 'Regenwasserzisterne und Tropfbewässerung; Thema der Konsultation mit den Fachleuten.', status: 'in_progress', owners: ['expert', 'member'], inPlan: true },
  { step: 'residentsWorkshop', title: 'Beteiligungswerkstatt · Atelier de concertation', description: 'Wünsche der Anwohnerinnen und Anwohner für Spielfläche, Schatten und Sitzplätze sammeln.', status: 'planned', owners: ['member', 'owner'] },
  { step: 'designApproved', title: 'Entwurfsplanung abgeschlossen · Avant-projet validé', description: '', status: 'planned', owners: ['owner'], inPlan: true },
  { step: 'tender', title: 'Ausschreibung der Bauarbeiten · Appel d’offres', description: '', status: 'planned', owners: ['member'] },
];

/** The demo's milestone board: two done, one blocked and overdue, one in progress, three planned. */
export async function seedDemoMilestones(
  models: Models,
  partnershipId: Types.ObjectId,
  people: Record<Person, SeedUser>,
  planId: Types.ObjectId,
  now = new Date(),
): Promise<void> {
  const lastKey = new Map<MilestoneStatus, string>();
  const rows = milestones.map(({ step, title, description, status, owners, inPlan }) => {
    const position = generateKeyBetween(lastKey.get(status) ?? null, null);
    lastKey.set(status, position);
    const dueOn = demoDay(step, now);
    return {
      partnershipId,
      title,
      description,
      status,
      dueOn,
      ownerIds: owners.map((person) => people[person]._id),
      planId: inPlan ? planId : null,
      position,
      completedAt: status === 'done' ? new Date(`${dueOn}T12:00:00Z`) : null,
      createdBy: people.owner._id,
    };
  });
  const created = await models.Milestone.insertMany(rows);
  await models.Activity.insertMany(
    created.map((milestone) => ({ partnershipId, actorId: people.owner._id, type: 'milestone.created', subjectId: milestone._id, title: milestone.title, changes: {} })),
  );
  await refreshPartnershipStats(models, String(partnershipId), now);
}
