import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeCities, type CityNames } from './timeZones.ts';

/** The programme's four cities named in the interface language (`Intl` names no cities). */
export function useCityNames(): CityNames {
  const { t } = useTranslation();
  return useMemo(
    () =>
      Object.fromEntries(
        programmeCities.map(({ zone, city }) => [zone, t(`timeZones.cities.${city}`)]),
      ),
    [t],
  );
}
