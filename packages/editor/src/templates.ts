import type { JSONContent } from '@tiptap/core';
import { rtlLocales, type Locale, type PlanTemplateKey } from '@jumelage/contracts/constants';
import { consultationMinutesSections } from './templates/consultation-minutes.ts';
import { doc, heading, paragraph, type Direction } from './templates/nodes.ts';
import { projectPlanSections } from './templates/project-plan.ts';

export { agendaItems } from './templates/consultation-minutes.ts';

export interface TemplateOptions {
  locale: Locale;
  /** Shown as the document's first heading (not for blank documents). */
  title?: string;
  /** Consultation minutes: agenda items, one per line. */
  agenda?: string;
  /** Consultation minutes: names listed under participants. */
  participants?: readonly string[];
}

/** Arabic templates read right to left; the others let each paragraph follow its own text. */
export function templateDirection(locale: Locale): Direction {
  return rtlLocales.includes(locale) ? 'rtl' : 'auto';
}

/** The initial content of a new plan as ProseMirror JSON for the schema of `createExtensions`. */
export function buildTemplate(key: PlanTemplateKey, options: TemplateOptions): JSONContent {
  // Ends in a paragraph: otherwise the editor's trailing-node rule adds one on first open, which is a
  // write (and a duplicate paragraph when two people open the new plan at once).
  const dir = templateDirection(options.locale);
  // Empty, so it follows its text (the web editor starts it at the right in an Arabic plan).
  const endParagraph = paragraph('', dir);
  const title = options.title ? [heading(1, options.title, dir)] : [];
  switch (key) {
    case 'project_plan':
      return doc([...title, ...projectPlanSections(options.locale, dir), endParagraph]);
    case 'consultation_minutes':
      return doc([...title, ...consultationMinutesSections(options.locale, dir, options), endParagraph]);
    case 'blank':
      return doc([endParagraph]);
  }
}
