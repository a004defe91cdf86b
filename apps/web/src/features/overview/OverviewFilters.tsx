import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeCountries, themes } from '@jumelage/contracts/constants';
import type { OverviewRow, OverviewSort } from '@jumelage/contracts/overview';
import { useFormat } from '../users/useFormat.ts';
import {
  isOverviewSort,
  overviewCsvUrl,
  overviewSorts,
  type OverviewFilters as Filters,
} from './overview.api.ts';

interface OverviewFiltersProps {
  filters: Filters;
  rows: OverviewRow[];
  onChange: (name: 'country' | 'theme', value: string | null) => void;
  /** Shown as a select where there are no column headers to sort by (narrow screens). */
  onSort?: (sort: OverviewSort) => void;
}

/**
 * Country (the programme's and those in the table) and theme; the CSV follows the same filters.
 * On narrow screens the order too, as a select: the cards have no column headers to sort by.
 */
export function OverviewFilters({ filters, rows, onChange, onSort }: OverviewFiltersProps) {
  const { t } = useTranslation('overview');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const id = useId();
  const countries = useMemo(() => {
    const seen = rows.flatMap((row) => row.partnership.municipalities.map((m) => m.country));
    const programme: readonly string[] = programmeCountries;
    const others = [...new Set([...seen, ...(filters.country ? [filters.country] : [])])]
      .filter((code) => !programme.includes(code))
      .sort((a, b) => format.country(a).localeCompare(format.country(b), format.locale));
    return [...programme, ...others];
  }, [rows, filters.country, format]);

  return (
    <form
      role="search"
      className="overview-filters"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('filters.country')}</label>
        <select
          id={`${id}-country`}
          value={filters.country ?? ''}
          onChange={(event) => onChange('country', event.target.value || null)}
        >
          <option value="">{t('filters.allCountries')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {format.country(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`}>{t('filters.theme')}</label>
        <select
          id={`${id}-theme`}
          value={filters.theme ?? ''}
          onChange={(event) => onChange('theme', event.target.value || null)}
        >
          <option value="">{t('filters.allThemes')}</option>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {tCommon(`themes.${theme}`)}
            </option>
          ))}
        </select>
      </div>
      {onSort ? (
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('filters.sort')}</label>
          <select
            id={`${id}-sort`}
            value={filters.sort}
            onChange={(event) => {
              if (isOverviewSort(event.target.value)) onSort(event.target.value);
            }}
          >
            {Object.keys(overviewSorts)
              .filter(isOverviewSort)
              .map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sort.${sort}`)}
                </option>
              ))}
          </select>
        </div>
      ) : null}
      <a className="button overview-filters__csv" href={overviewCsvUrl(filters)} download>
        {t('filters.csv')}
      </a>
    </form>
  );
}
