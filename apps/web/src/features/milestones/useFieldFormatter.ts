import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneStatuses } from '@jumelage/contracts/constants';
import { useFormat } from '../users/useFormat.ts';
import { nameList } from '../../lib/bidi.ts';
import type { EditableField } from './board.ts';
import type { OwnerDirectory } from './owners.ts';

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

function shorten(text: string, length = 120): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * A field's value as the viewer reads it (status label, local date, owner names, plan title),
 * for the history and for "what changed" notices.
 */
export function useFieldFormatter(
  owners: OwnerDirectory,
  planTitles?: ReadonlyMap<string, string>,
) {
  const { t } = useTranslation('milestones');
  const format = useFormat();
  return useCallback(
    (field: EditableField, value: unknown): string => {
      if (isEmpty(value)) return t('detail.none');
      switch (field) {
        case 'status': {
          const status = milestoneStatuses.find((s) => s === value);
          return status ? t(`status.${status}`) : String(value);
        }
        case 'dueOn':
          return format.calendarDate(String(value));
        case 'ownerIds':
          return nameList(
            (Array.isArray(value) ? value : [value]).map(
              (id) => owners.get(String(id))?.name ?? t('card.formerMember'),
            ),
            format.locale,
          );
        case 'planId':
          return planTitles?.get(String(value)) ?? t('activity.linked');
        default:
          return shorten(String(value));
      }
    },
    [t, format, owners, planTitles],
  );
}
