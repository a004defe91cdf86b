import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { globalRoles, type GlobalRole } from '@jumelage/contracts/constants';
import type { User } from '@jumelage/contracts/auth';

interface GlobalRoleSelectProps {
  user: User;
  isBusy: boolean;
  onChange: (role: GlobalRole) => void;
}

function isGlobalRole(value: string): value is GlobalRole {
  return globalRoles.some((role) => role === value);
}

export function GlobalRoleSelect({ user, isBusy, onChange }: GlobalRoleSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('admin.roleOf', { name: user.name })}
      </label>
      <select
        id={id}
        value={user.globalRole}
        aria-busy={isBusy}
        onChange={(event) => {
          if (isGlobalRole(event.target.value)) onChange(event.target.value);
        }}
      >
        {globalRoles.map((role) => (
          <option key={role} value={role}>
            {t(`globalRoles.${role}`)}
          </option>
        ))}
      </select>
    </>
  );
}
