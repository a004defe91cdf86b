import { useTranslation } from 'react-i18next';
import type { MunicipalityView } from '@jumelage/contracts/partnerships';
import { municipalityCodes } from './owners.ts';

/** Explains the municipality codes and ring colours of the owner avatars. */
export function OwnerLegend({ municipalities }: { municipalities: readonly MunicipalityView[] }) {
  const { t } = useTranslation('milestones');
  const codes = municipalityCodes(municipalities);
  return (
    <div className="owner-legend">
      <span className="owner-legend__label">{t('board.legend')}</span>
      <ul>
        {municipalities.map((municipality, index) => (
          <li key={municipality.name}>
            <span className={`owner-legend__code municipality-${index}`} aria-hidden="true">
              {codes[index]}
            </span>{' '}
            <bdi>{municipality.name}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
