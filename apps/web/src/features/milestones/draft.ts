import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone } from '@jumelage/contracts/milestones';
import { changedFields, type EditableField } from './board.ts';

/** The form's state: strings as the inputs hold them ('' for no date or no plan). */
export interface Draft {
  title: string;
  description: string;
  status: MilestoneStatus;
  dueOn: string;
  ownerIds: string[];
  planId: string;
}

export type DraftValues = Pick<Milestone, EditableField>;

export function emptyDraft(status: MilestoneStatus): Draft {
  return { title: '', description: '', status, dueOn: '', ownerIds: [], planId: '' };
}

export function toDraft(milestone: Milestone): Draft {
  return {
    title: milestone.title,
    description: milestone.description,
    status: milestone.status,
    dueOn: milestone.dueOn ?? '',
    ownerIds: milestone.ownerIds,
    planId: milestone.planId ?? '',
  };
}

/** The draft as API values (trimmed title, null for no date or plan). */
export function draftValues(draft: Draft): DraftValues {
  return {
    title: draft.title.trim(),
    description: draft.description,
    status: draft.status,
    dueOn: draft.dueOn || null,
    ownerIds: draft.ownerIds,
    planId: draft.planId || null,
  };
}

/** Only the fields the user changed compared with `base`, ready for a PATCH. */
export function draftChanges(draft: Draft, base: Milestone): Partial<DraftValues> {
  const values = draftValues(draft);
  return Object.fromEntries(changedFields(base, values).map((field) => [field, values[field]]));
}

export function isDirty(draft: Draft, base: Milestone): boolean {
  return editedFields(draft, base).length > 0;
}

/** The fields the user edited since `base`. */
export function editedFields(draft: Draft, base: DraftValues): EditableField[] {
  return changedFields(base, draftValues(draft));
}

function copyField<K extends keyof Draft>(target: Draft, source: Draft, key: K): void {
  target[key] = source[key];
}

/**
 * Their newer state with the user's own edits (made against `base`) applied on top. Also the
 * form after a save's answer: `base` is then the values sent, and what was typed meanwhile stays.
 */
export function mergeEdits(draft: Draft, base: DraftValues, theirs: Milestone): Draft {
  const merged = toDraft(theirs);
  for (const field of editedFields(draft, base)) copyField(merged, draft, field);
  return merged;
}
