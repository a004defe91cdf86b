import { isolateForeign, typedDir } from '../../lib/bidi.ts';
import { useTranslation } from 'react-i18next';
import { todayIn } from '@jumelage/contracts/calendarDays';
import {
  milestoneLimits,
  milestoneStatuses,
  type MilestoneStatus,
} from '@jumelage/contracts/constants';
import { FormField } from '../../components/FormField.tsx';
import type { FieldErrors } from '../../lib/formErrors.ts';
import { useFormat } from '../users/useFormat.ts';
import type { Draft } from './draft.ts';
import { OwnerCheckboxes } from './OwnerCheckboxes.tsx';
import type { OwnerDirectory } from './owners.ts';

interface MilestoneFormFieldsProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  owners: OwnerDirectory;
  /** Plan titles by id; null hides the field (plans unavailable to this viewer or not built). */
  plans: ReadonlyMap<string, string> | null;
  fieldErrors: FieldErrors;
}

function asStatus(value: string): MilestoneStatus {
  return milestoneStatuses.find((status) => status === value) ?? 'planned';
}

/** The fields of a milestone, shared by "new milestone" and the detail view; names follow the API. */
export function MilestoneFormFields({
  draft,
  onChange,
  owners,
  plans,
  fieldErrors,
}: MilestoneFormFieldsProps) {
  const { t, i18n } = useTranslation('milestones');
  const { t: tCommon } = useTranslation();
  const { timeZone } = useFormat();
  const change = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  // A date already past is allowed (recording what was due), but said: the card will show it as
  // overdue at once.
  const isPast = draft.dueOn !== '' && draft.dueOn < todayIn(timeZone);
  return (
    <>
      <FormField
        label={t('fields.title')}
        error={fieldErrors.title}
        length={{ value: draft.title, max: milestoneLimits.titleLength }}
      >
        {(control) => (
          <input
            {...control}
            name="title"
            dir={typedDir(draft.title)}
            required
            value={draft.title}
            data-autofocus
            onChange={(event) => change({ title: event.target.value })}
          />
        )}
      </FormField>
      <FormField
        label={`${t('fields.description')} (${tCommon('common.optional')})`}
        error={fieldErrors.description}
        length={{ value: draft.description, max: milestoneLimits.descriptionLength }}
      >
        {(control) => (
          <textarea
            {...control}
            name="description"
            dir={typedDir(draft.description)}
            rows={4}
            value={draft.description}
            onChange={(event) => change({ description: event.target.value })}
          />
        )}
      </FormField>
      <div className="field-row">
        <FormField label={t('fields.status')} error={fieldErrors.status}>
          {(control) => (
            <select
              {...control}
              name="status"
              value={draft.status}
              onChange={(event) => change({ status: asStatus(event.target.value) })}
            >
              {milestoneStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={`${t('fields.dueOn')} (${tCommon('common.optional')})`}
          error={fieldErrors.dueOn}
          hint={isPast ? t('form.dueInPast') : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="dueOn"
              value={draft.dueOn}
              onChange={(event) => change({ dueOn: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <OwnerCheckboxes
        owners={owners}
        selected={draft.ownerIds}
        error={fieldErrors.ownerIds}
        onChange={(ownerIds) => change({ ownerIds })}
      />
      {plans ? (
        <FormField label={t('fields.planId')} error={fieldErrors.planId}>
          {(control) => (
            <select
              {...control}
              name="planId"
              value={draft.planId}
              onChange={(event) => change({ planId: event.target.value })}
            >
              <option value="">{t('form.noPlan')}</option>
              {[...plans].map(([id, title]) => (
                <option key={id} value={id}>
                  {isolateForeign(title, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
    </>
  );
}
