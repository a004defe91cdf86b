import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneLimits } from '@jumelage/contracts/constants';
import type { OwnerDirectory } from './owners.ts';

interface OwnerCheckboxesProps {
  owners: OwnerDirectory;
  selected: string[];
  error?: string | undefined;
  onChange: (ownerIds: string[]) => void;
}

/**
 * Members of every municipality as checkboxes, each with their municipality; an owner who has left
 * the partnership stays ticked as "former member" until unticked (and cannot be ticked again).
 */
export function OwnerCheckboxes({ owners, selected, error, onChange }: OwnerCheckboxesProps) {
  const { t } = useTranslation('milestones');
  const id = useId();
  const isFull = selected.length >= milestoneLimits.ownersMax;
  const options = [
    ...[...owners].map(([userId, owner]) => ({
      userId,
      label: owner.municipality ? (
        t('form.ownerOption', { name: owner.name, municipality: owner.municipality.name })
      ) : (
        <bdi>{owner.name}</bdi>
      ),
    })),
    ...selected
      .filter((userId) => !owners.has(userId))
      .map((userId) => ({ userId, label: t('card.formerMember') })),
  ];
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>{t('fields.ownerIds')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {owners.size > 0 ? t('form.ownersHint') : t('form.noMembers')}
      </p>
      <ul className="checkbox-grid">
        {options.map(({ userId, label }) => {
          const isChecked = selected.includes(userId);
          return (
            <li key={userId}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="ownerIds"
                  value={userId}
                  checked={isChecked}
                  disabled={!isChecked && isFull}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...selected, userId]
                        : selected.filter((ownerId) => ownerId !== userId),
                    )
                  }
                />
                {label}
              </label>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
