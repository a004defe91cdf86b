import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import type { FieldErrors } from '../../lib/formErrors.ts';

interface InviteeFieldsProps {
  consultation: ConsultationView | null;
  members: Array<{ userId: string; name: string; role: string }>;
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
 * Experts to invite: the members with the expert role, and experts already invited. Coordinators
 * can only be kept or removed here: there is no list of coordinators for non-administrators yet.
 */
export function InviteeFields({ consultation, members, errors }: InviteeFieldsProps) {
  const { t } = useTranslation('consultations');
  const invited = consultation?.invitees ?? [];
  const expertIds = new Set(consultation?.expertIds ?? []);
  const experts: Choice[] = [
    ...members
      .filter((member) => member.role === 'expert')
      .map((member) => ({
        id: member.userId,
        name: member.name,
        isChecked: expertIds.has(member.userId),
      })),
    ...invited
      .filter((i) => i.invitedAs === 'expert' && !members.some((m) => m.userId === i.id))
      .map((i) => ({ id: i.id, name: i.name, isChecked: true })),
  ];
  const coordinators: Choice[] = invited
    .filter((i) => i.invitedAs === 'coordinator')
    .map((i) => ({ id: i.id, name: i.name, isChecked: true }));

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
          <li key={choice.id}>
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
      {coordinators.length > 0
        ? group('coordinatorIds', t('form.coordinators'), coordinators, '')
        : null}
    </>
  );
}
