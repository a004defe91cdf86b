import { useMemo } from 'react';
import type { ControlProps } from './FormField.tsx';
import { timeZoneNames } from '../lib/format.ts';

interface TimeZoneSelectProps {
  control: ControlProps;
  name: string;
  value?: string;
  defaultValue?: string;
  onChange?: (timeZone: string) => void;
}

/** A select of the IANA time zones the browser knows (Europe/Berlin, Africa/Tunis…). */
export function TimeZoneSelect({
  control,
  name,
  value,
  defaultValue,
  onChange,
}: TimeZoneSelectProps) {
  const zones = useMemo(() => {
    const known = timeZoneNames();
    const selected = value ?? defaultValue;
    return selected && !known.includes(selected) ? [selected, ...known] : known;
  }, [value, defaultValue]);

  return (
    <select
      {...control}
      name={name}
      dir="ltr"
      {...(value === undefined ? { defaultValue } : { value })}
      onChange={(event) => onChange?.(event.target.value)}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll('_', ' ')}
        </option>
      ))}
    </select>
  );
}
