import { useTranslation } from 'react-i18next';
import { useUnsavedWork } from '../../lib/unsavedWork.ts';
import type { Draft } from './draft.ts';

/**
 * A milestone form's typed texts, while they are not saved (null: nothing unsaved), named with
 * the form they come from (`source`: "New milestone", or the milestone's title).
 */
export function useUnsavedMilestone(unsaved: Draft | null, source: string): void {
  const { t } = useTranslation('milestones');
  const { t: tc } = useTranslation();
  const label = (field: string) => tc('status.kept.label', { field, source });
  useUnsavedWork(() =>
    unsaved
      ? [
          { label: label(t('fields.title')), text: unsaved.title },
          { label: label(t('fields.description')), text: unsaved.description },
        ]
      : [],
  );
}
