import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Milestone } from '@jumelage/contracts/milestones';
import { useFormat } from '../users/useFormat.ts';
import type { EditableField } from './board.ts';
import { DueDate } from './DueDate.tsx';
import { OwnerAvatars } from './OwnerAvatars.tsx';
import type { OwnerDirectory } from './owners.ts';

interface MilestoneFactsProps {
  milestone: Milestone;
  owners: OwnerDirectory;
  today: string;
  formatValue: (field: EditableField, value: unknown) => string;
  /** The linked plan's page, for those who may read plans (not coordinators outside the space). */
  planHref: string | null;
  /** "You can view this milestone but not change it" (not once it was deleted under an editor). */
  hasReadOnlyHint?: boolean;
}

/** The read-only detail for observers, experts and coordinators. */
export function MilestoneFacts(props: MilestoneFactsProps) {
  const { milestone, owners, today, formatValue, planHref, hasReadOnlyHint = true } = props;
  const { t } = useTranslation('milestones');
  const format = useFormat();
  return (
    <div className="milestone-facts">
      {hasReadOnlyHint ? <p className="field__hint">{t('detail.readOnly')}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t('fields.status')}</dt>
          <dd>{formatValue('status', milestone.status)}</dd>
        </div>
        <div>
          <dt>{t('fields.dueOn')}</dt>
          <dd>
            {milestone.dueOn ? (
              <DueDate milestone={milestone} today={today} isLabelled />
            ) : (
              t('due.none')
            )}
          </dd>
        </div>
        {milestone.completedAt ? (
          <div>
            <dt>{t('detail.completedAt')}</dt>
            <dd>{format.dateTime(milestone.completedAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('fields.ownerIds')}</dt>
          <dd>
            {milestone.ownerIds.length > 0 ? (
              <>
                <OwnerAvatars ownerIds={milestone.ownerIds} owners={owners} />
                <span className="milestone-facts__names">
                  {formatValue('ownerIds', milestone.ownerIds)}
                </span>
              </>
            ) : (
              t('detail.none')
            )}
          </dd>
        </div>
        {milestone.planId ? (
          <div>
            <dt>{t('fields.planId')}</dt>
            <dd>
              {planHref ? (
                <Link href={planHref}>
                  <bdi>{formatValue('planId', milestone.planId)}</bdi>
                </Link>
              ) : (
                formatValue('planId', milestone.planId)
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <h3 className="visually-hidden">{t('fields.description')}</h3>
      {milestone.description ? (
        <p className="milestone-facts__description" dir="auto">
          {milestone.description}
        </p>
      ) : null}
    </div>
  );
}
