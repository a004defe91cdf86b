import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { globalRoles, type GlobalRole } from '@jumelage/contracts/constants';
import type { User } from '@jumelage/contracts/auth';
import { ApplySelect } from '../../components/ApplySelect.tsx';

interface GlobalRoleSelectProps {
  user: User;
  isBusy: boolean;
  onChange: (role: GlobalRole) => void;
}

/** An account's global role, applied by its own button (a role is never given by an arrow key). */
export function GlobalRoleSelect({ user, isBusy, onChange }: GlobalRoleSelectProps) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const id = useId();
  const subject = t('roleOf', { name: user.name });
  return (
    <>
      <label htmlFor={id}>{subject}</label>
      <ApplySelect
        id={id}
        subject={subject}
        value={user.globalRole}
        options={globalRoles}
        optionLabel={(role) => tc(`globalRoles.${role}`)}
        isBusy={isBusy}
        onApply={onChange}
        warning={(role) => (role === 'admin' ? t('adminWarning') : null)}
      />
    </>
  );
}
