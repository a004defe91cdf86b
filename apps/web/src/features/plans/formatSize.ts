import type { Locale } from '@jumelage/contracts/constants';
import { intlLocale } from '../../lib/format.ts';

const units = [
  { unit: 'byte', bytes: 1 },
  { unit: 'kilobyte', bytes: 1000 },
  { unit: 'megabyte', bytes: 1000 * 1000 },
] as const;

/** A storage size in the viewer's language, e.g. "12 kB" / "12 ko" / "١٢ كيلوبايت". */
export function formatSize(bytes: number, locale: Locale): string {
  const { unit, bytes: size } = units.findLast((candidate) => bytes >= candidate.bytes) ?? units[0];
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(bytes / size);
}
