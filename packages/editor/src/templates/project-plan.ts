import type { JSONContent } from '@tiptap/core';
import type { Locale } from '@jumelage/contracts/constants';
import { heading, hint, list, table, type Direction } from './nodes.ts';

type Section = { title: string; hint: string };
type TableSection = Section & { columns: [string, string, string] };

interface ProjectPlanText {
  context: Section;
  focus: Section;
  objectives: Section;
  activities: Section;
  visits: Section;
  timeline: TableSection;
  budget: TableSection;
  responsibilities: TableSection;
  risks: Section;
}

const text: Record<Locale, ProjectPlanText> = {
  en: {
    context: { title: 'Context', hint: 'Describe the starting situation in both municipalities and why this project matters.' },
    focus: { title: 'Shared focus theme', hint: 'Which theme of the partnership does this project address, and what does each side bring?' },
    objectives: { title: 'Objectives', hint: 'What should be achieved by the end of the project? Keep each objective measurable.' },
    activities: { title: 'Activities', hint: 'List the main activities and who takes part in them.' },
    visits: { title: 'Advisory visits', hint: 'Planned visits and expert exchanges: who travels where, when, and with which question.' },
    timeline: { title: 'Timeline', hint: 'Phases and milestones with their dates.', columns: ['Period', 'Activity', 'Responsible'] },
    budget: { title: 'Budget', hint: 'Costs, their amounts and how they are funded.', columns: ['Item', 'Amount (EUR)', 'Funding source'] },
    responsibilities: { title: 'Responsibilities', hint: 'Who is responsible for what, in each municipality.', columns: ['Task', 'Municipality', 'Contact person'] },
    risks: { title: 'Risks', hint: 'What could get in the way, and how will you respond?' },
  },
  de: {
    context: { title: 'Ausgangslage', hint: 'Beschreiben Sie die Ausgangssituation in beiden Kommunen und warum dieses Projekt wichtig ist.' },
    focus: { title: 'Gemeinsames Schwerpunktthema', hint: 'Welches Thema der Partnerschaft greift das Projekt auf, und was bringt jede Seite ein?' },
    objectives: { title: 'Ziele', hint: 'Was soll am Ende des Projekts erreicht sein? Formulieren Sie jedes Ziel überprüfbar.' },
    activities: { title: 'Maßnahmen', hint: 'Nennen Sie die wichtigsten Maßnahmen und wer daran beteiligt ist.' },
    visits: { title: 'Fachbesuche', hint: 'Geplante Besuche und Expertenaustausche: wer reist wann wohin, mit welcher Fragestellung.' },
    timeline: { title: 'Zeitplan', hint: 'Phasen und Meilensteine mit ihren Terminen.', columns: ['Zeitraum', 'Maßnahme', 'Verantwortlich'] },
    budget: { title: 'Budget', hint: 'Kosten, ihre Höhe und ihre Finanzierung.', columns: ['Posten', 'Betrag (EUR)', 'Finanzierung'] },
    responsibilities: { title: 'Zuständigkeiten', hint: 'Wer ist in welcher Kommune wofür zuständig?', columns: ['Aufgabe', 'Kommune', 'Ansprechperson'] },
    risks: { title: 'Risiken', hint: 'Was könnte das Projekt behindern, und wie reagieren Sie darauf?' },
  },
  fr: {
    context: { title: 'Contexte', hint: 'Décrivez la situation de départ dans les deux communes et pourquoi ce projet est important.' },
    focus: { title: 'Thème prioritaire commun', hint: 'Quel thème du partenariat ce projet aborde-t-il, et qu’apporte chaque partie ?' },
    objectives: { title: 'Objectifs', hint: 'Que faut-il avoir atteint à la fin du projet ? Formulez chaque objectif de manière mesurable.' },
    activities: { title: 'Activités', hint: 'Listez les principales activités et les personnes qui y participent.' },
    visits: { title: 'Visites d’expertise', hint: 'Visites et échanges d’experts prévus : qui se rend où, quand et avec quelle question.' },
    timeline: { title: 'Calendrier', hint: 'Phases et jalons avec leurs dates.', columns: ['Période', 'Activité', 'Responsable'] },
    budget: { title: 'Budget', hint: 'Les coûts, leurs montants et leur financement.', columns: ['Poste', 'Montant (EUR)', 'Source de financement'] },
    responsibilities: { title: 'Responsabilités', hint: 'Qui est responsable de quoi, dans chaque commune.', columns: ['Tâche', 'Commune', 'Personne de contact'] },
    risks: { title: 'Risques', hint: 'Qu’est-ce qui pourrait freiner le projet, et comment y répondre ?' },
  },
  ar: {
    context: { title: 'السياق', hint: 'صِف الوضع الحالي في البلديتين ولماذا يُعدّ هذا المشروع مهمًا.' },
    focus: { title: 'المحور المشترك', hint: 'ما محور الشراكة الذي يتناوله هذا المشروع، وما الذي يقدمه كل طرف؟' },
    objectives: { title: 'الأهداف', hint: 'ما الذي يجب تحقيقه بنهاية المشروع؟ اجعل كل هدف قابلًا للقياس.' },
    activities: { title: 'الأنشطة', hint: 'اذكر الأنشطة الرئيسية والمشاركين فيها.' },
    visits: { title: 'الزيارات الاستشارية', hint: 'الزيارات وتبادل الخبراء المخطط لها: من يسافر إلى أين، ومتى، وبأي سؤال.' },
    timeline: { title: 'الجدول الزمني', hint: 'المراحل والمحطات الرئيسية مع تواريخها.', columns: ['الفترة', 'النشاط', 'المسؤول'] },
    budget: { title: 'الميزانية', hint: 'التكاليف ومبالغها ومصادر تمويلها.', columns: ['البند', 'المبلغ (يورو)', 'مصدر التمويل'] },
    responsibilities: { title: 'توزيع المسؤوليات', hint: 'من المسؤول عن ماذا في كل بلدية.', columns: ['المهمة', 'البلدية', 'الشخص المسؤول'] },
    risks: { title: 'المخاطر', hint: 'ما الذي قد يعيق المشروع، وكيف ستتعاملون معه؟' },
  },
};

/** The sections of a project plan: a heading and a hint each, with a list or a table to fill in. */
export function projectPlanSections(locale: Locale, dir: Direction): JSONContent[] {
  const t = text[locale];
  const section = (s: Section, body?: JSONContent) => [heading(2, s.title, dir), hint(s.hint), ...(body ? [body] : [])];
  return [
    ...section(t.context),
    ...section(t.focus),
    ...section(t.objectives, list('bulletList', [], dir)),
    ...section(t.activities, list('bulletList', [], dir)),
    ...section(t.visits, list('bulletList', [], dir)),
    ...section(t.timeline, table(t.timeline.columns, dir)),
    ...section(t.budget, table(t.budget.columns, dir)),
    ...section(t.responsibilities, table(t.responsibilities.columns, dir)),
    ...section(t.risks, list('bulletList', [], dir)),
  ];
}
