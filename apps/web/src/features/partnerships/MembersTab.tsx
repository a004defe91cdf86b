import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '@jumelage/contracts/common';
import type { MembershipRole } from '@jumelage/contracts/constants';
import type { Member } from '@jumelage/contracts/partnerships';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { InviteForm } from './InviteForm.tsx';
import { MemberItem } from './MemberItem.tsx';
import { membersUrl, removeMember, updateMember } from './partnerships.api.ts';
import type { SpaceTabProps } from './spaceTabs.ts';
import { useMemberChanges } from './useMemberChanges.ts';

/** The members of a partnership; owners (abilities.manageMembers) also manage them and invite. */
export function MembersTab({ partnership, abilities }: SpaceTabProps) {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const members = useResource<Page<Member>>(membersUrl(partnership.id));
  // Joins, removals and role changes made by others or elsewhere show here at once.
  useMemberChanges(partnership.id, members.reload);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const run = async (member: Member, action: () => Promise<string>) => {
    setBusyId(member.userId);
    setActionError(null);
    setStatus('');
    try {
      setStatus(await action());
    } catch (thrown) {
      setActionError(asApiError(thrown));
    } finally {
      setBusyId(null);
    }
  };

  const changeRole = (member: Member, role: MembershipRole) =>
    run(member, async () => {
      const updated = await updateMember(partnership.id, member.userId, { role });
      members.update((page) => ({
        ...page,
        data: page.data.map((m) => (m.userId === updated.userId ? updated : m)),
      }));
      // An owner who gives up the role loses the select that held the focus (the abilities are
      // read again): continue at the list.
      if (updated.userId === viewer.id && updated.role !== 'owner') listRef.current?.focus();
      return t('members.roleChanged', { name: updated.name, role: t(`roles.${updated.role}`) });
    });

  const remove = (member: Member) => {
    setToRemove(null);
    void run(member, async () => {
      await removeMember(partnership.id, member.userId);
      members.update((page) => ({
        ...page,
        data: page.data.filter((m) => m.userId !== member.userId),
      }));
      // The removed row held the focus; continue at the list.
      listRef.current?.focus();
      return t('members.removed', { name: member.name });
    });
  };

  const list = members.data?.data;
  return (
    <div className="members">
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <ErrorMessage error={actionError} messages={{ conflict: t('members.lastOwner') }} />
      {members.isLoading && !list ? <Loading /> : null}
      <ErrorMessage error={members.error} onRetry={members.reload} />
      {list ? (
        <ul
          ref={listRef}
          tabIndex={-1}
          className="member-list"
          aria-label={t('members.listLabel', { count: list.length })}
        >
          {list.map((member) => (
            <MemberItem
              key={member.userId}
              member={member}
              partnership={partnership}
              canManage={abilities.manageMembers}
              isSelf={member.userId === viewer.id}
              isBusy={busyId === member.userId}
              onRoleChange={(role) => void changeRole(member, role)}
              onRemove={() => setToRemove(member)}
            />
          ))}
        </ul>
      ) : null}
      {abilities.manageMembers ? <InviteForm partnership={partnership} /> : null}
      <ConfirmDialog
        isOpen={toRemove !== null}
        title={t('members.removeTitle')}
        confirmLabel={t('members.removeConfirm')}
        onConfirm={() => {
          if (toRemove) remove(toRemove);
        }}
        onCancel={() => setToRemove(null)}
      >
        <p>
          {t('members.removeText', { name: toRemove?.name ?? '', partnership: partnership.name })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
