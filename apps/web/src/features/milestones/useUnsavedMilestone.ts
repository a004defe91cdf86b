import { useTranslation } from 'react-i18next';
import { useUnsavedWork } from '../../lib/unsavedWork.ts';
import type { Draft } from './draft.ts';

/** A milestone form's typed texts, while they are not saved (null: nothing unsaved). */
export function useUnsavedMilestone(unsaved: Draft | null): void {
  const { t } = useTranslation('milestones');
  useUnsavedWork(() =>
    unsaved
      ? [
          { label: t('fields.title'), text: unsaved.title },
          { label: t('fields.description'), text: unsaved.description },
        ]
      : [],
  );
}
