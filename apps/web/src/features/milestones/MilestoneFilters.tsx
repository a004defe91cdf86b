import { isolateForeign, typedDir } from '../../lib/bidi.ts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneStatuses } from '@jumelage/contracts/constants';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { phoneWidth, useMediaQuery } from '../../lib/useMediaQuery.ts';
import type { BoardFilters } from './filters.ts';
import type { OwnerDirectory } from './owners.ts';

interface MilestoneFiltersProps {
  filters: BoardFilters;
  owners: OwnerDirectory;
  isActive: boolean;
  onChange: (name: 'status' | 'owner' | 'overdue' | 'q', value: string | null) => void;
  onClear: () => void;
}

/** Search, status, owner and "overdue only"; every change is written to the URL at once. */
export function MilestoneFilters({
  filters,
  owners,
  isActive,
  onChange,
  onClear,
}: MilestoneFiltersProps) {
  const { t, i18n } = useTranslation('milestones');
  const id = useId();
  const isPhone = useMediaQuery(phoneWidth);
  // Open at first when the address already filters, so what hides milestones is in view.
  const [isOpen, setIsOpen] = useState(isActive);
  const form = (
    <form
      role="search"
      className="board-filters"
      aria-label={t('filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field board-filters__search">
        <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          dir={typedDir(filters.query)}
          value={filters.query}
          onChange={(event) => onChange('q', event.target.value)}
        />
      </div>
      <FilterSelect
        label={t('filters.status')}
        allLabel={t('filters.allStatuses')}
        value={filters.status}
        options={milestoneStatuses.map((status) => ({
          value: status,
          label: t(`status.${status}`),
        }))}
        onChange={(value) => onChange('status', value)}
      />
      <FilterSelect
        label={t('filters.owner')}
        allLabel={t('filters.allOwners')}
        value={filters.ownerId}
        options={[...owners].map(([userId, owner]) => ({
          value: userId,
          label: owner.municipality
            ? t('form.ownerOption', { name: owner.name, municipality: owner.municipality.name })
            : isolateForeign(owner.name, i18n.language),
        }))}
        onChange={(value) => onChange('owner', value)}
      />
      <label className="checkbox board-filters__overdue">
        <input
          type="checkbox"
          checked={filters.isOverdueOnly}
          onChange={(event) => onChange('overdue', event.target.checked ? '1' : null)}
        />
        {t('filters.overdueOnly')}
      </label>
      {isActive ? (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('filters.clear')}
        </button>
      ) : null}
    </form>
  );
  if (!isPhone) return form;
  // On a phone the filters fold under one line: unfolded, they pushed the board's first card
  // below the first screen, on every visit (ninth QA pass).
  const active = [
    filters.query.trim(),
    filters.status,
    filters.ownerId,
    filters.isOverdueOnly || null,
  ].filter(Boolean).length;
  return (
    <details
      className="board-filters-fold"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary className="button button--secondary fold-summary">
        <span className="fold-marker" aria-hidden="true" />
        {active > 0 ? t('filters.foldActive', { active }) : t('filters.fold')}
      </summary>
      {form}
    </details>
  );
}
