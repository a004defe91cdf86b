import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlobalRole } from '@jumelage/contracts/constants';
import type { User } from '@jumelage/contracts/auth';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { LoadMoreButton } from '../../components/LoadMoreButton.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { useLoadMore } from '../../lib/useLoadMore.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { GlobalRoleSelect } from './GlobalRoleSelect.tsx';
import { setGlobalRole } from './users.api.ts';
import { useUserPages } from './useUserPages.ts';

/** Admins see every account and set its global role (user, coordinator, admin). */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const viewer = useCurrentUser();
  const { resource, more, replaceUser } = useUserPages();
  const users = resource.data?.data ?? [];
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [changeError, setChangeError] = useState<ApiError | null>(null);

  // The focus goes on to the first row added: the button goes with the last page.
  const showMore = useLoadMore(more.loadMore, {
    setStatus,
    message: (count) => t('admin.loadedMore', { count }),
    focusTarget: (first) => `[data-user-id="${first.id}"] th`,
  });

  const changeRole = async (user: User, globalRole: GlobalRole) => {
    setBusyId(user.id);
    setChangeError(null);
    setStatus('');
    try {
      const updated = await setGlobalRole(user.id, globalRole);
      replaceUser(updated);
      setStatus(
        t('admin.roleChanged', {
          name: updated.name,
          role: t(`globalRoles.${updated.globalRole}`),
        }),
      );
    } catch (thrown) {
      setChangeError(asApiError(thrown));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="page">
      <PageHeading title={t('admin.title')} />
      <p className="page-intro">{t('admin.intro')}</p>
      <ErrorMessage error={changeError} />
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {users.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t('admin.title')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('admin.email')}</th>
                <th scope="col">{t('admin.globalRole')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} data-user-id={user.id}>
                  <th scope="row" tabIndex={-1}>
                    <bdi>{user.name}</bdi>
                  </th>
                  <td>
                    <span dir="ltr">{user.email}</span>
                  </td>
                  <td>
                    {/* The server refuses an administrator's own demotion: no select to try it. */}
                    {user.id === viewer.id ? (
                      <>
                        {t(`globalRoles.${user.globalRole}`)}
                        <p className="field__hint">{t('admin.ownRole')}</p>
                      </>
                    ) : (
                      <GlobalRoleSelect
                        user={user}
                        isBusy={busyId === user.id}
                        onChange={(role) => void changeRole(user, role)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
