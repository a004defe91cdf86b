import { isolateForeign } from '../../lib/bidi.ts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, type MembershipRole } from '@jumelage/contracts/constants';
import type { Invitation, OpenInvitation, Partnership } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { OpenLinkList } from '../../components/OpenLinkList.tsx';
import { FormField } from '../../components/FormField.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { InvitationLink } from './InvitationLink.tsx';
import { MembershipRoleSelect } from './MembershipRoleSelect.tsx';
import { createInvitation, openInvitationsUrl, revokeInvitation } from './partnerships.api.ts';

/**
 * Owners create an invitation link for a role and municipality, valid for some days, and see the
 * links not used yet, to revoke one (sent to the wrong address, no longer wanted).
 */
export function InviteForm({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<MembershipRole>('member');
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const titleId = useId();
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    setInvitation(null);
    setInvitation(
      await createInvitation(partnership.id, {
        role,
        municipalityIndex: Number(textOf(data, 'municipalityIndex')),
        expiresInDays: Number(textOf(data, 'expiresInDays')),
      }),
    );
  });

  return (
    <section className="invite card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('invite.create.title')}</h3>
      <p>{t('invite.create.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorMessage error={error} />
        <div className="field-row">
          <FormField label={t('invite.create.role')} error={fieldErrors.role}>
            {(control) => (
              <MembershipRoleSelect control={control} name="role" value={role} onChange={setRole} />
            )}
          </FormField>
          <FormField label={t('invite.create.municipality')} error={fieldErrors.municipalityIndex}>
            {(control) => (
              <select {...control} name="municipalityIndex" defaultValue="0">
                {partnership.municipalities.map((municipality, index) => (
                  <option key={index} value={index}>
                    {isolateForeign(municipality.name, i18n.language)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('invite.create.expiresInDays')} error={fieldErrors.expiresInDays}>
            {(control) => (
              <input
                {...control}
                name="expiresInDays"
                type="number"
                inputMode="numeric"
                required
                min={1}
                max={limits.invitationDaysMax}
                defaultValue={limits.invitationDaysDefault}
              />
            )}
          </FormField>
        </div>
        <button type="submit" className="button button--primary" aria-disabled={isSubmitting}>
          {isSubmitting ? t('invite.create.submitting') : t('invite.create.submit')}
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {invitation ? t('invite.create.created') : null}
      </p>
      {invitation ? (
        <InvitationLink key={invitation.token} invitation={invitation} partnership={partnership} />
      ) : null}
      <OpenLinkList<OpenInvitation>
        url={openInvitationsUrl(partnership.id)}
        reloadKey={invitation?.token}
        describe={(open) =>
          t('invite.open.grants', {
            role: t(`roles.${open.role}`),
            municipality: partnership.municipalities[open.municipalityIndex]?.name ?? '',
          })
        }
        revoke={async (id) => {
          await revokeInvitation(partnership.id, id);
          // The link shown above is dead now: it must not be copied and sent.
          if (invitation?.id === id) setInvitation(null);
        }}
      />
    </section>
  );
}
