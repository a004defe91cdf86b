import { useTranslation } from 'react-i18next';
import type { MunicipalityView } from '@jumelage/contracts/partnerships';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useFormat } from '../users/useFormat.ts';

interface MunicipalityListProps {
  municipalities: MunicipalityView[];
  /** Also show each municipality's current local time (in the partnership space). */
  hasLocalTime?: boolean;
}

function LocalTime({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useMinuteClock();
  return (
    <span className="municipality__time">
      {t('partnerships.localTime', { time: format.timeIn(now, timeZone) })}
    </span>
  );
}

/**
 * The partner municipalities with country name, e.g. "Kassel (Germany)". No flag emoji: Windows,
 * where most municipal offices work, shows them as two letters.
 */
export function MunicipalityList({ municipalities, hasLocalTime = false }: MunicipalityListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="municipalities" aria-label={t('partnerships.municipalities')}>
      {municipalities.map((municipality, index) => (
        <li key={index} className="municipality">
          <bdi className="municipality__name">{municipality.name}</bdi>{' '}
          <span className="municipality__country">({format.country(municipality.country)})</span>
          {hasLocalTime ? <LocalTime timeZone={municipality.timeZone} /> : null}
        </li>
      ))}
    </ul>
  );
}
