import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@jumelage/contracts/milestones';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useResource } from '../../lib/useResource.ts';
import { useFormat } from '../users/useFormat.ts';
import { editableFields, type EditableField } from './board.ts';
import { activityUrl, type ActivityList as ActivityPage } from './milestones.api.ts';

interface ActivityListProps {
  milestoneId: string;
  /** A new version means a new entry: the history is fetched again. */
  version: number;
  formatValue: (field: EditableField, value: unknown) => string;
}

const kinds = {
  'milestone.created': 'created',
  'milestone.updated': 'updated',
  'milestone.moved': 'moved',
  'milestone.deleted': 'deleted',
} as const;

function visibleChanges(activity: Activity) {
  return editableFields.flatMap((field) => {
    const change = activity.changes[field];
    return change ? [{ field, ...change }] : [];
  });
}

/** Who changed what and when, newest first, with each field's value before and after. */
export function ActivityList({ milestoneId, version, formatValue }: ActivityListProps) {
  const { t } = useTranslation('milestones');
  const format = useFormat();
  const headingId = useId();
  const { data, error, isLoading, reload } = useResource<ActivityPage>(activityUrl(milestoneId));
  const shownVersion = useRef(version);

  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reload();
  }, [version, reload]);

  return (
    <section className="activity" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('activity.title')}</h3>
      <ErrorMessage error={error} onRetry={reload} />
      {!data && isLoading ? <Loading /> : null}
      {data && data.data.length === 0 ? <p>{t('activity.empty')}</p> : null}
      {data && data.data.length > 0 ? (
        <ol className="activity__list">
          {data.data.map((activity) => {
            const changes = visibleChanges(activity);
            const name = activity.actor?.name ?? t('activity.someone');
            return (
              <li key={activity.id} className="activity__item">
                <p className="activity__summary">
                  <strong>{t(`activity.${kinds[activity.type]}`, { name })}</strong>{' '}
                  <time dateTime={activity.createdAt}>{format.dateTime(activity.createdAt)}</time>
                </p>
                {changes.length > 0 ? (
                  <ul className="activity__changes">
                    {changes.map(({ field, before, after }) => (
                      <li key={field}>
                        {t('activity.change', {
                          field: t(`fields.${field}`),
                          before: formatValue(field, before),
                          after: formatValue(field, after),
                        })}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {changes.length === 0 && 'position' in activity.changes ? (
                  <p className="activity__changes">{t('activity.reordered')}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
