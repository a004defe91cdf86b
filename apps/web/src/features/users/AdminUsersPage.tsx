import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { accountStatuses, type AccountStatus, type User } from '@jumelage/contracts/auth';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { LoadMoreButton } from '../../components/LoadMoreButton.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { useLoadMore } from '../../lib/useLoadMore.ts';
import { useUrlQuery } from '../../lib/useUrlQuery.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { deactivateUser, reactivateUser, setGlobalRole } from './users.api.ts';
import { UserItem } from './UserItem.tsx';
import { useUserPages } from './useUserPages.ts';

/**
 * Admins find accounts by name or email, set their global role (user, coordinator, admin) and
 * deactivate the accounts of people who left (or let them back in).
 */
export function AdminUsersPage() {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const viewer = useCurrentUser();
  const searchId = useId();
  const statusId = useId();
  const { params, edit } = useUrlQuery();
  const search = params.get('q') ?? '';
  const accountStatus = accountStatuses.find((known) => known === params.get('status')) ?? null;
  const [searchText, setSearchText] = useState(search);
  const searchField = useRef<HTMLInputElement>(null);
  const { resource, more, replaceUser } = useUserPages(search, accountStatus);
  const users = resource.data?.data ?? [];
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [changeError, setChangeError] = useState<ApiError | null>(null);
  // A search asked for, to be announced once its answer is shown (not on every reload).
  const announceSearch = useRef<string | null>(null);
  const asked = `${accountStatus ?? ''}:${search}`;
  const noneText = search
    ? t('noMatch', { search })
    : accountStatus === 'deactivated'
      ? t('noneDeactivated')
      : t('noneActive');

  useEffect(() => {
    if (announceSearch.current !== asked || resource.isStale || !resource.data) return;
    announceSearch.current = null;
    const count = resource.data.data.length;
    setStatus(
      count === 0 ? noneText : t(resource.data.nextCursor ? 'foundMore' : 'found', { count }),
    );
  }, [resource.data, resource.isStale, asked, noneText, t]);

  // The focus goes on to the first account added: the button goes with the last page.
  const showMore = useLoadMore(more.loadMore, {
    setStatus,
    message: (count) => t('loadedMore', { count }),
    focusTarget: (first) => `[data-user-id="${first.id}"] .member__name`,
  });

  const changeRole = async (user: User, globalRole: GlobalRole) => {
    setBusyId(user.id);
    setChangeError(null);
    setStatus('');
    try {
      const updated = await setGlobalRole(user.id, globalRole);
      replaceUser(updated);
      setStatus(
        t('roleChanged', {
          name: updated.name,
          role: tc(`globalRoles.${updated.globalRole}`),
        }),
      );
    } catch (thrown) {
      setChangeError(asApiError(thrown));
    } finally {
      setBusyId(null);
    }
  };

  const changeActive = async (user: User, change: (id: string) => Promise<User>) => {
    setStatus('');
    const updated = await change(user.id);
    replaceUser(updated);
    const key = updated.deactivatedAt ? 'deactivated' : 'reactivated';
    setStatus(t(key, { name: updated.name }));
  };

  const find = (text: string, shown: AccountStatus | null) => {
    announceSearch.current = `${shown ?? ''}:${text}`;
    edit((next) => {
      if (text) next.set('q', text);
      else next.delete('q');
      if (shown) next.set('status', shown);
      else next.delete('status');
    });
  };

  // The button goes with the empty result: the focus goes back to the search.
  const showAll = () => {
    setSearchText('');
    find('', null);
    searchField.current?.focus();
  };

  return (
    <div className="page">
      <PageHeading title={t('title')} />
      <p className="page-intro">{t('intro')}</p>
      <form
        role="search"
        className="account-search"
        onSubmit={(event) => {
          event.preventDefault();
          find(searchText.trim(), accountStatus);
        }}
      >
        <label htmlFor={searchId}>{t('searchLabel')}</label>
        <div className="account-search__row">
          <input
            ref={searchField}
            id={searchId}
            type="search"
            value={searchText}
            onChange={(event) => setSearchText(event.currentTarget.value)}
            dir="auto"
          />
          <button type="submit" className="button">
            {t('searchSubmit')}
          </button>
        </div>
        {/* A filter of the list below, not a change of context: it applies when chosen, with
            the search text as typed, and the count found is announced. */}
        <div className="account-search__status">
          <label htmlFor={statusId}>{t('statusLabel')}</label>
          <select
            id={statusId}
            value={accountStatus ?? ''}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              find(searchText.trim(), accountStatuses.find((known) => known === chosen) ?? null);
            }}
          >
            <option value="">{t('statusAll')}</option>
            <option value="active">{t('statusActive')}</option>
            <option value="deactivated">{t('statusDeactivated')}</option>
          </select>
        </div>
      </form>
      <ErrorMessage error={changeError} />
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {users.length > 0 ? (
        <ul className="member-list" aria-label={t('listLabel')}>
          {users.map((user) => (
            <UserItem
              key={user.id}
              user={user}
              isSelf={user.id === viewer.id}
              isBusy={busyId === user.id}
              onRoleChange={(role) => void changeRole(user, role)}
              onDeactivate={() => changeActive(user, deactivateUser)}
              onReactivate={() => changeActive(user, reactivateUser)}
            />
          ))}
        </ul>
      ) : null}
      {resource.data && users.length === 0 && (search || accountStatus) ? (
        <div className="empty-state">
          <p>{noneText}</p>
          <button type="button" className="button button--secondary" onClick={showAll}>
            {t('showAll')}
          </button>
        </div>
      ) : null}
      {resource.isLoading && !resource.data ? <Loading /> : null}
      <ErrorMessage error={resource.error} onRetry={resource.reload} />
      <ErrorMessage error={more.loadMoreError} onRetry={() => void showMore()} />
      {/* Kept when a page failed: it has the focus, and the error offers the same again. */}
      {more.hasMore && users.length > 0 ? (
        <LoadMoreButton isLoading={more.isLoadingMore} onLoadMore={showMore} />
      ) : null}
    </div>
  );
}
