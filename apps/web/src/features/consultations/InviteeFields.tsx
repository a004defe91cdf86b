import { useTranslation } from 'react-i18next';
import type { ConsultationView, CoordinatorListResponse } from '@jumelage/contracts/consultations';
import { FormField } from '../../components/FormField.tsx';
import type { FieldErrors } from '../../lib/formErrors.ts';
import { useResource } from '../../lib/useResource.ts';
import { coordinatorsUrl } from './consultations.api.ts';

interface InviteeFieldsProps {
  consultation: ConsultationView | null;
  members: Array<{ userId: string; name: string; role: string; deactivatedAt: string | null }>;
  errors: FieldErrors;
}

interface Choice {
  id: string;
  name: string;
  isChecked: boolean;
}

const hasError = (errors: FieldErrors, name: string) =>
  Object.keys(errors).some((path) => path.startsWith(`${name}.`));

/**
 * Experts to invite: the members with the expert role, experts already invited, and anyone with an
 * account, by email (an external expert). Coordinators: the programme's, and those already invited.
 */
export function InviteeFields({ consultation, members, errors }: InviteeFieldsProps) {
  const { t } = useTranslation('consultations');
  const programme = useResource<CoordinatorListResponse>(coordinatorsUrl).data?.data ?? [];
  const invited = consultation?.invitees ?? [];
  const expertIds = new Set(consultation?.expertIds ?? []);
  const coordinatorIds = new Set(consultation?.coordinatorIds ?? []);
  const experts: Choice[] = [
    ...members
      // A deactivated account is not offered, unless it was invited before (it stays ticked).
      .filter(
        (member) =>
          member.role === 'expert' &&
          (member.deactivatedAt === null || expertIds.has(member.userId)),
      )
      .map((member) => ({
        id: member.userId,
        name: member.name,
        isChecked: expertIds.has(member.userId),
      })),
    ...invited
      .filter((i) => i.invitedAs === 'expert' && !members.some((m) => m.userId === i.id))
      .map((i) => ({ id: i.id, name: i.name, isChecked: true })),
  ];
  const coordinators: Choice[] = [
    ...programme.map((c) => ({ id: c.id, name: c.name, isChecked: coordinatorIds.has(c.id) })),
    ...invited
      .filter((i) => i.invitedAs === 'coordinator' && !programme.some((c) => c.id === i.id))
      .map((i) => ({ id: i.id, name: i.name, isChecked: true })),
  ];

  const group = (
    name: 'expertIds' | 'coordinatorIds',
    legend: string,
    choices: Choice[],
    empty: string,
  ) => (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {choices.length === 0 ? <p className="field__hint">{empty}</p> : null}
      <ul className="checkbox-grid">
        {choices.map((choice) => (
          // Keyed by the live state too: someone who accepts or declines while the form is open is
          // shown (and saved) as they are now; the other boxes keep what the viewer ticked.
          <li key={`${choice.id}:${String(choice.isChecked)}`}>
            <label className="checkbox">
              <input
                type="checkbox"
                name={name}
                value={choice.id}
                defaultChecked={choice.isChecked}
              />
              <bdi>{choice.name}</bdi>
            </label>
          </li>
        ))}
      </ul>
      {hasError(errors, name) ? <p className="field__error">{t('form.inviteeRejected')}</p> : null}
    </fieldset>
  );

  return (
    <>
      {group('expertIds', t('form.experts'), experts, t('form.noExperts'))}
      <FormField
        label={t('form.expertEmails')}
        hint={t('form.expertEmailsHint')}
        error={errors.expertEmails}
      >
        {(control) => <input {...control} type="email" multiple name="expertEmails" dir="ltr" />}
      </FormField>
      {coordinators.length > 0
        ? group('coordinatorIds', t('form.coordinators'), coordinators, '')
        : null}
    </>
  );
}
