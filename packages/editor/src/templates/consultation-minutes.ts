import type { JSONContent } from '@tiptap/core';
import type { Locale } from '@jumelage/contracts/constants';
import { heading, hint, list, type Direction } from './nodes.ts';

interface MinutesText {
  participants: string;
  participantsHint: string;
  agenda: string;
  agendaHint: string;
  decisions: string;
  decisionsHint: string;
  actions: string;
  actionsHint: string;
}

const text: Record<Locale, MinutesText> = {
  en: {
    participants: 'Participants',
    participantsHint: 'Who took part, from which municipality or organisation.',
    agenda: 'Agenda',
    agendaHint: 'One agenda item per entry.',
    decisions: 'Decisions',
    decisionsHint: 'What was agreed.',
    actions: 'Action items',
    actionsHint: 'Who does what by when; tick an item once it is done.',
  },
  de: {
    participants: 'Teilnehmende',
    participantsHint: 'Wer hat teilgenommen, aus welcher Kommune oder Organisation?',
    agenda: 'Tagesordnung',
    agendaHint: 'Ein Tagesordnungspunkt pro Eintrag.',
    decisions: 'Beschlüsse',
    decisionsHint: 'Was wurde vereinbart?',
    actions: 'Aufgaben',
    actionsHint: 'Wer erledigt was bis wann; haken Sie eine Aufgabe ab, sobald sie erledigt ist.',
  },
  fr: {
    participants: 'Participants',
    participantsHint: 'Qui a participé, de quelle commune ou organisation.',
    agenda: 'Ordre du jour',
    agendaHint: 'Un point de l’ordre du jour par entrée.',
    decisions: 'Décisions',
    decisionsHint: 'Ce qui a été convenu.',
    actions: 'Actions à mener',
    actionsHint: 'Qui fait quoi et pour quand ; cochez une action lorsqu’elle est terminée.',
  },
  ar: {
    participants: 'المشاركون',
    participantsHint: 'من شارك، ومن أي بلدية أو مؤسسة.',
    agenda: 'جدول الأعمال',
    agendaHint: 'بند واحد من جدول الأعمال في كل مدخل.',
    decisions: 'القرارات',
    decisionsHint: 'ما تم الاتفاق عليه.',
    actions: 'المهام المطلوبة',
    actionsHint: 'من يفعل ماذا ومتى؛ ضع علامة على المهمة عند إنجازها.',
  },
};

/** Splits a free-text agenda into items: one per line, list markers ("1.", "-", "•") removed. */
export function agendaItems(agenda: string | undefined): string[] {
  return (agenda ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0);
}

export interface MinutesInput {
  agenda?: string;
  participants?: readonly string[];
}

/** Participants and agenda come prefilled when known; decisions and action items start empty. */
export function consultationMinutesSections(locale: Locale, dir: Direction, input: MinutesInput): JSONContent[] {
  const t = text[locale];
  const participants = (input.participants ?? []).map((name) => name.trim()).filter(Boolean);
  const agenda = agendaItems(input.agenda);
  return [
    heading(2, t.participants, dir),
    ...(participants.length > 0 ? [] : [hint(t.participantsHint)]),
    list('bulletList', participants, dir),
    heading(2, t.agenda, dir),
    ...(agenda.length > 0 ? [] : [hint(t.agendaHint)]),
    list('orderedList', agenda, dir),
    heading(2, t.decisions, dir),
    hint(t.decisionsHint),
    list('bulletList', [], dir),
    heading(2, t.actions, dir),
    hint(t.actionsHint),
    list('taskList', [], dir),
  ];
}
