import { useTranslation } from 'react-i18next';
import { membershipRoles, type MembershipRole } from '@jumelage/contracts/constants';
import type { ControlProps } from '../../components/FormField.tsx';

interface MembershipRoleSelectProps {
  control: ControlProps;
  value: MembershipRole;
  onChange: (role: MembershipRole) => void;
  name?: string;
  isBusy?: boolean;
}

function isMembershipRole(value: string): value is MembershipRole {
  return membershipRoles.some((role) => role === value);
}

/** Owner, member, expert or observer, with translated names. */
export function MembershipRoleSelect(props: MembershipRoleSelectProps) {
  const { control, value, onChange, name, isBusy = false } = props;
  const { t } = useTranslation();
  return (
    <select
      {...control}
      name={name}
      value={value}
      aria-busy={isBusy}
      onChange={(event) => {
        if (isMembershipRole(event.target.value)) onChange(event.target.value);
      }}
    >
      {membershipRoles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
