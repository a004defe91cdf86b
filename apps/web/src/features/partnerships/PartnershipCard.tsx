import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { PartnershipListItem } from '@jumelage/contracts/partnerships';
import { path } from '../../lib/api.ts';
import { useFormat } from '../users/useFormat.ts';
import { MunicipalityList } from './MunicipalityList.tsx';
import { ThemeList } from './ThemeList.tsx';

/** One partnership in the list: name (link into its space), municipalities, themes, my role. */
export function PartnershipCard({ partnership }: { partnership: PartnershipListItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { startsOn, endsOn } = partnership;
  return (
    <article className="card partnership-card">
      <h2 className="partnership-card__title">
        <Link href={path`/p/${partnership.id}`}>
          <bdi>{partnership.name}</bdi>
        </Link>
      </h2>
      <MunicipalityList municipalities={partnership.municipalities} />
      <ThemeList themes={partnership.themes} />
      <dl className="facts">
        <div>
          <dt>{t('partnerships.myRole')}</dt>
          <dd>
            {partnership.myRole ? t(`roles.${partnership.myRole}`) : t('partnerships.noRole')}
          </dd>
        </div>
        <div>
          <dt>{t('partnerships.members')}</dt>
          <dd>{t('partnerships.memberCount', { count: partnership.memberCount })}</dd>
        </div>
        <div>
          <dt>{t('partnerships.status')}</dt>
          <dd>{t(`statuses.${partnership.status}`)}</dd>
        </div>
        {startsOn || endsOn ? (
          <div>
            <dt>{t('partnerships.period')}</dt>
            <dd>
              {t('partnerships.periodValue', {
                start: startsOn ? format.calendarDate(startsOn) : '…',
                end: endsOn ? format.calendarDate(endsOn) : '…',
              })}
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
