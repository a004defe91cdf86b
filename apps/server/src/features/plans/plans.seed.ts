import type { Types } from 'mongoose';
import { jsonToUpdate, type JSONContent } from '@jumelage/editor/yjs';
import { doc, heading, list, paragraph, table } from '@jumelage/editor/templates/nodes';
import type { Models } from '../../models.ts';
import type { SeedUser } from '../../seed/seed-user.ts';
import { daysFrom } from '../../days.ts';
import { demoDay, demoMonth } from '../../seed/demo-schedule.ts';
import type { PlanDoc } from './plans.model.ts';
import { insertPlan, type NewPlan } from './plans.commands.ts';

/** A paragraph written in another language than the plan's (marked for screen readers and exports). */
const inLanguage = (lang: 'fr' | 'ar', value: string): JSONContent => paragraph(value, lang === 'ar' ? 'rtl' : 'auto', lang);

/** A task list whose first `done` items are ticked. */
function tasks(items: readonly string[], done: number): JSONContent {
  const taskList = list('taskList', items, 'auto');
  return { ...taskList, content: taskList.content?.map((item, index) => ({ ...item, attrs: { ...item.attrs, checked: index < done } })) };
}

/**
 * The demo's project plan "Quartierspark" (the General channel points to it): a German plan with the
 * partner's French beside it and a note in Arabic, as the two municipalities would write it, with
 * its timeline in the months of the demo milestones. The draft is the named version saved at the
 * kick-off visit: nothing done yet, and without what Jendouba added since.
 */
function quartiersparkContent(now: Date, stage: 'draft' | 'current'): JSONContent {
  const isCurrent = stage === 'current';
  const since = (...nodes: JSONContent[]) => (isCurrent ? nodes : []);
  return doc([
    heading(1, 'Quartierspark', 'auto'),
    heading(2, 'Ausgangslage', 'auto'),
    paragraph('In einem dicht bebauten Viertel von Jendouba fehlt eine öffentliche Grünfläche. Eine städtische Brachfläche von etwa 1,2 Hektar soll gemeinsam mit den Anwohnerinnen und Anwohnern zu einem Quartierspark werden.', 'auto'),
    inLanguage('fr', 'Dans un quartier dense de Jendouba, il manque un espace vert public. Un terrain municipal d’environ 1,2 hectare doit devenir, avec les habitants, un parc de quartier.'),
    ...since(inLanguage('ar', 'يفتقر أحد الأحياء المكتظة في جندوبة إلى مساحة خضراء عامة. ستتحول قطعة أرض بلدية مساحتها نحو 1,2 هكتار إلى حديقة حيّ بمشاركة السكان.')),
    heading(2, 'Gemeinsames Schwerpunktthema', 'auto'),
    paragraph('Grünflächen und Stadtentwicklung: Wolfsburg bringt Erfahrung mit wassersparender Bepflanzung und Bürgerbeteiligung ein, Jendouba die Kenntnis des Standorts, des Klimas und der Nachbarschaft.', 'auto'),
    heading(2, 'Ziele', 'auto'),
    list('bulletList', ['Ein Park für alle Generationen, mit Schatten, Spielfläche und Sitzplätzen', 'Mindestens 60 % des Bewässerungswassers aus Regenwasser', 'Pflege gesichert durch den städtischen Grünflächendienst und eine Nachbarschaftsgruppe'], 'auto'),
    heading(2, 'Maßnahmen', 'auto'),
    tasks(['Auftaktbesuch in Jendouba', 'Standortanalyse und Bodenproben', 'Bewässerungskonzept mit Regenwasserzisterne', 'Beteiligungswerkstatt mit den Anwohnerinnen und Anwohnern', 'Entwurfsplanung', 'Ausschreibung der Bauarbeiten'], isCurrent ? 2 : 0),
    heading(2, 'Zeitplan', 'auto'),
    table(['Zeitraum', 'Maßnahme', 'Verantwortlich'], 'auto', [
      [demoMonth('kickoffVisit', now), 'Auftaktbesuch in Jendouba', 'Wolfsburg, Jendouba'],
      [demoMonth('siteAnalysis', now), 'Standortanalyse und Bodenproben', 'Jendouba'],
      [demoMonth('irrigationConcept', now), 'Bewässerungskonzept', 'Dr. Sofia Richter, Jendouba'],
      [demoMonth('residentsWorkshop', now), 'Beteiligungswerkstatt', 'Jendouba, Wolfsburg'],
      [demoMonth('designApproved', now), 'Entwurfsplanung abgeschlossen', 'Wolfsburg'],
      [demoMonth('tender', now), 'Ausschreibung der Bauarbeiten', 'Jendouba'],
    ]),
    heading(2, 'Risiken', 'auto'),
    list('bulletList', ['Wasserknappheit im Sommer: trockenheitsresistente Arten und eine Zisterne', 'Die Übertragung des Grundstücks an die Stadt verzögert sich'], 'auto'),
    ...since(inLanguage('fr', 'Le gouvernorat doit encore confirmer le transfert du terrain.')),
    paragraph('', 'auto'),
  ]);
}

/** The demo's plan, last edited by the partner's member an hour ago, with one named version. */
export async function seedDemoPlan(models: Models, partnershipId: Types.ObjectId, people: { owner: SeedUser; member: SeedUser }, now: Date): Promise<PlanDoc> {
  const anHourAgo = new Date(now.getTime() - 60 * 60 * 1000);
  const plan: NewPlan = { partnershipId, title: 'Quartierspark', templateKey: 'project_plan', locale: 'de', createdBy: people.owner._id, createdAt: daysFrom(now, -80), updatedBy: people.member._id, updatedAt: anHourAgo };
  const created = await insertPlan(models, plan, quartiersparkContent(now, 'current'));
  await models.PlanVersion.create({
    planId: created._id,
    state: Buffer.from(jsonToUpdate(quartiersparkContent(now, 'draft'))),
    label: 'Stand beim Auftaktbesuch · Version de la visite de lancement',
    createdBy: people.owner._id,
    createdAt: new Date(`${demoDay('kickoffVisit', now)}T16:00:00Z`),
  });
  return created;
}
