import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './FormField.tsx';
import { timeZoneNames } from '../lib/format.ts';
import { listedZone, timeZoneGroups, unlistedTimeZone } from '../lib/timeZones.ts';
import { useCityNames } from '../lib/useCityNames.ts';
import { useFormat } from '../features/users/useFormat.ts';

interface TimeZoneSelectProps {
  control: ControlProps;
  name: string;
  value?: string;
  defaultValue?: string;
  onChange?: (timeZone: string) => void;
}

/**
 * A select of the IANA time zones the browser knows: Germany and the Maghreb first, then by
 * region, each as "city (UTC+01:00)", so typing a city's first letters finds it. The programme's
 * four cities are named in the interface language; `Intl` names no others.
 */
export function TimeZoneSelect({
  control,
  name,
  value,
  defaultValue,
  onChange,
}: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const cities = useCityNames();
  const groups = useMemo(
    () => timeZoneGroups(timeZoneNames(), locale, new Date(), cities),
    [locale, cities],
  );
  const listed = useMemo(
    () => new Set(groups.flatMap((group) => group.options.map((zone) => zone.value))),
    [groups],
  );
  // A renamed place stored under its other name is the same zone: it is shown as the listed one.
  const shown = (zone: string | undefined) => (zone ? (listedZone(zone, listed) ?? zone) : zone);
  const selected = shown(value ?? defaultValue);
  const unlisted = selected && !listed.has(selected) ? unlistedTimeZone(selected) : null;

  return (
    <select
      {...control}
      name={name}
      {...(value === undefined ? { defaultValue: shown(defaultValue) } : { value: shown(value) })}
      onChange={(event) => onChange?.(event.target.value)}
    >
      {unlisted ? <option value={unlisted.value}>{unlisted.place}</option> : null}
      {groups.map((group) => (
        <optgroup key={group.key} label={t(`timeZones.${group.key}`)}>
          {group.options.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.country
                ? t('timeZones.inCountry', { country: zone.country, place: zone.place })
                : zone.place}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
