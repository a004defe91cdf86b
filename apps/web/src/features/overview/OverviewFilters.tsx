import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { partnershipStatuses, programmeCountries, themes } from '@jumelage/contracts/constants';
import type { OverviewRow, OverviewSort } from '@jumelage/contracts/overview';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { useFormat } from '../users/useFormat.ts';
import {
  directionOf,
  isOverviewSort,
  overviewCsvUrl,
  overviewSorts,
  type OverviewFilters as Filters,
} from './overview.api.ts';

const sortChoice = (sort: OverviewSort, reversed: boolean) =>
  reversed ? `${sort}:reversed` : sort;

interface OverviewFiltersProps {
  filters: Filters;
  rows: OverviewRow[];
  onChange: (name: 'country' | 'theme' | 'status', value: string | null) => void;
  /**
   * Shown as a select where there are no column headers to sort by (narrow screens), each order
   * in both directions.
   */
  onSort?: (sort: OverviewSort, reversed: boolean) => void;
}

/**
 * Country (the programme's and those in the table), theme and the partnership's status; the CSV
 * follows the same filters.
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
      <FilterSelect
        label={t('filters.country')}
        allLabel={t('filters.allCountries')}
        value={filters.country}
        options={countries.map((code) => ({ value: code, label: format.country(code) }))}
        onChange={(value) => onChange('country', value)}
      />
      <FilterSelect
        label={t('filters.theme')}
        allLabel={t('filters.allThemes')}
        value={filters.theme}
        options={themes.map((theme) => ({ value: theme, label: tCommon(`themes.${theme}`) }))}
        onChange={(value) => onChange('theme', value)}
      />
      <FilterSelect
        label={t('filters.status')}
        allLabel={t('filters.allStatuses')}
        value={filters.status}
        options={partnershipStatuses.map((status) => ({
          value: status,
          label: tCommon(`statuses.${status}`),
        }))}
        onChange={(value) => onChange('status', value)}
      />
      {onSort ? (
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('filters.sort')}</label>
          <select
            id={`${id}-sort`}
            value={sortChoice(filters.sort, directionOf(filters) !== overviewSorts[filters.sort])}
            onChange={(event) => {
              const [sort = null, reversed] = event.target.value.split(':');
              if (isOverviewSort(sort)) onSort(sort, reversed === 'reversed');
            }}
          >
            {Object.keys(overviewSorts)
              .filter(isOverviewSort)
              .flatMap((sort) => [
                <option key={sort} value={sortChoice(sort, false)}>
                  {t(`sort.${sort}`)}
                </option>,
                <option key={`${sort}:reversed`} value={sortChoice(sort, true)}>
                  {t(`sortReversed.${sort}`)}
                </option>,
              ])}
          </select>
        </div>
      ) : null}
      <a className="button overview-filters__csv" href={overviewCsvUrl(filters)} download>
        {t('filters.csv')}
      </a>
    </form>
  );
}
