import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@jumelage/contracts/auth';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useFocusAfterSwap } from '../../lib/useFocusAfterSwap.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { GlobalRoleSelect } from './GlobalRoleSelect.tsx';
import { SoleOwnerWarning } from './SoleOwnerWarning.tsx';
import { useFormat } from './useFormat.ts';

interface UserItemProps {
  user: User;
  /** The administrator looking: their own role and account are not theirs to change here. */
  isSelf: boolean;
  isBusy: boolean;
  onRoleChange: (role: GlobalRole) => void;
  onDeactivate: () => Promise<void>;
  onReactivate: () => Promise<void>;
}

/**
 * One account on the administrators' page: name, email, global role, and whether it may sign in.
 * A card, like a member, so it reads the same on a phone as on a wide screen.
 */
export function UserItem({
  user,
  isSelf,
  isBusy,
  onRoleChange,
  onDeactivate,
  onReactivate,
}: UserItemProps) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const item = useRef<HTMLLIElement>(null);
  const isDeactivated = user.deactivatedAt !== null;
  // Deactivating swaps one button for the other (and closes the dialog): the focus goes on to the
  // new one instead of falling to the page.
  const whileChanging = useFocusAfterSwap(isDeactivated, () =>
    item.current?.querySelector<HTMLElement>('[data-account-action]'),
  );
  const reactivation = useAction(whileChanging(onReactivate));
  // What the dialog warns about is asked for only once it has been opened (not for every card).
  const [isAsked, setIsAsked] = useState(false);
  return (
    <li ref={item} className="member card" data-user-id={user.id}>
      <div className="member__identity">
        {/* "Load more" hands the focus to the first account it added. */}
        <bdi className="member__name" tabIndex={-1}>
          {user.name}
        </bdi>
        <span className="member__email" dir="ltr">
          {user.email}
        </span>
        {user.deactivatedAt ? <span className="account-badge">{t('deactivatedBadge')}</span> : null}
      </div>
      {user.deactivatedAt ? (
        <p className="field__hint">
          {t('deactivatedSince', { date: format.dateTime(user.deactivatedAt) })}
        </p>
      ) : null}
      <div className="member__actions">
        {/* The server refuses an administrator's own demotion or deactivation: no control to try it. */}
        {isSelf ? (
          <p className="field__hint">
            {t('ownRole', { role: tc(`globalRoles.${user.globalRole}`) })}
          </p>
        ) : (
          <>
            <GlobalRoleSelect user={user} isBusy={isBusy} onChange={onRoleChange} />
            {user.deactivatedAt ? (
              <button
                type="button"
                className="button button--secondary"
                data-account-action
                aria-disabled={reactivation.isBusy}
                onClick={() => {
                  if (!reactivation.isBusy) void reactivation.run();
                }}
              >
                {t('reactivate', { name: user.name })}
              </button>
            ) : (
              <ConfirmButton
                label={t('deactivate', { name: user.name })}
                title={t('deactivateTitle')}
                confirmLabel={t('deactivateConfirm')}
                className="button button--danger-outline"
                buttonData={{ 'data-account-action': true }}
                onOpen={() => setIsAsked(true)}
                action={whileChanging(onDeactivate)}
              >
                <p>{t('deactivateText', { name: user.name })}</p>
                {isAsked ? <SoleOwnerWarning userId={user.id} name={user.name} /> : null}
              </ConfirmButton>
            )}
          </>
        )}
      </div>
      <ErrorMessage error={reactivation.error} />
    </li>
  );
}
