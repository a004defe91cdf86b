import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipRoles, type MembershipRole } from '@jumelage/contracts/constants';
import type { Member, Partnership } from '@jumelage/contracts/partnerships';
import { useFormat } from '../users/useFormat.ts';
import { ApplySelect } from '../../components/ApplySelect.tsx';
import { LeaveButton } from './LeaveButton.tsx';

interface MemberItemProps {
  member: Member;
  partnership: Partnership;
  /** From abilities.manageMembers: show the role select and the remove button. */
  canManage: boolean;
  /** The viewer's own row: "leave partnership" instead of removing oneself. */
  isSelf: boolean;
  isBusy: boolean;
  onRoleChange: (role: MembershipRole) => void;
  onRemove: () => void;
}

/**
 * One member: name, email, municipality and role; owners may change the role or remove them, and
 * everyone may leave.
 */
export function MemberItem(props: MemberItemProps) {
  const { member, partnership, canManage, isSelf, isBusy, onRoleChange, onRemove } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const roleId = useId();
  const municipality = partnership.municipalities[member.municipalityIndex];

  return (
    <li className="member card">
      <div className="member__identity">
        <bdi className="member__name">{member.name}</bdi>
        <a className="member__email" href={`mailto:${member.email}`} dir="ltr">
          {member.email}
        </a>
        {member.deactivatedAt ? (
          <span className="account-badge">{t('members.deactivated')}</span>
        ) : null}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('members.municipality')}</dt>
          <dd>{municipality ? municipality.name : t('members.unknownMunicipality')}</dd>
        </div>
        <div>
          <dt>{t('members.joined')}</dt>
          <dd>{format.dateTime(member.joinedAt)}</dd>
        </div>
        {canManage ? null : (
          <div>
            <dt>{t('members.role')}</dt>
            <dd>{t(`roles.${member.role}`)}</dd>
          </div>
        )}
      </dl>
      {canManage || isSelf ? (
        <div className="member__actions">
          {canManage ? (
            <>
              <label htmlFor={roleId}>{t('members.roleOf', { name: member.name })}</label>
              <ApplySelect
                id={roleId}
                subject={t('members.roleOf', { name: member.name })}
                value={member.role}
                options={membershipRoles}
                optionLabel={(role) => t(`roles.${role}`)}
                isBusy={isBusy}
                onApply={onRoleChange}
                warning={(role) =>
                  isSelf && member.role === 'owner' && role !== 'owner'
                    ? t('members.ownRoleWarning')
                    : null
                }
              />
            </>
          ) : null}
          {isSelf ? (
            <LeaveButton partnership={partnership} userId={member.userId} />
          ) : (
            <button type="button" className="button button--danger-outline" onClick={onRemove}>
              {t('members.remove', { name: member.name })}
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
