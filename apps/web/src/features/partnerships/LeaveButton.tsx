import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Partnership } from '@jumelage/contracts/partnerships';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { announce, focusPageStart } from '../../lib/announce.ts';
import { forgetPartnership } from '../plans/offlineCopies.ts';
import { removeMember } from './partnerships.api.ts';

/**
 * "Leave partnership" on the viewer's own row of the members list, after confirming. The space
 * closes: the start page opens and says which partnership was left. The last owner is told to
 * make another member owner first (the server refuses with 409).
 */
export function LeaveButton({ partnership, userId }: { partnership: Partnership; userId: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <ConfirmButton
      className="button button--danger-outline"
      label={t('members.leave')}
      title={t('members.leaveTitle')}
      confirmLabel={t('members.leaveConfirm')}
      errorMessages={{ conflict: t('members.lastOwner') }}
      action={async () => {
        await removeMember(partnership.id, userId);
        void forgetPartnership(partnership.id, userId);
        navigate('/');
        announce(t('members.left', { partnership: partnership.name }));
        focusPageStart();
      }}
    >
      <p>{t('members.leaveText', { partnership: partnership.name })}</p>
    </ConfirmButton>
  );
}
