import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SoleOwnershipsResponse } from '@jumelage/contracts/auth';
import { path } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';

/**
 * In the deactivation dialog: the partnerships where this person is the last owner who can sign
 * in, each a link to its members (an administrator may name another owner there first).
 */
export function SoleOwnerWarning({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation('admin');
  const { data } = useResource<SoleOwnershipsResponse>(path`/api/users/${userId}/sole-ownerships`);
  const partnerships = data?.data ?? [];
  if (partnerships.length === 0) return null;
  return (
    <div className="alert alert--warning">
      <p>{t('soleOwner', { name, count: partnerships.length })}</p>
      <ul>
        {partnerships.map((partnership) => (
          <li key={partnership.id}>
            <Link href={path`/p/${partnership.id}/members`}>
              <bdi>{partnership.name}</bdi>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
