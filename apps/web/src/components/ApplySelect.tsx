import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ApplySelectProps<T extends string> {
  /** The select's id, for its label outside. */
  id: string;
  /** What is being chosen, for the buttons' names ("Rolle von Karim Ben Salah"). */
  subject: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  isBusy: boolean;
  onApply: (choice: T) => void;
  /** Said under the select while this choice waits to be applied (e.g. "you will lose …"). */
  warning?: (choice: T) => string | null;
}

/**
 * A select whose choice takes effect only when applied. Chromium changes a closed select's value
 * at every arrow key, so a select that saved on change gave a role to each person arrowed past
 * (an administrator with one key press; WCAG 3.2.2). Enter or "Apply" applies, Escape or "Cancel"
 * goes back; the focus stays on the select. A new value from elsewhere replaces the waiting
 * choice.
 */
export function ApplySelect<T extends string>(props: ApplySelectProps<T>) {
  const { id, subject, value, options, optionLabel, isBusy, onApply, warning } = props;
  const { t } = useTranslation();
  const warningId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [pending, setPending] = useState<{ from: T; to: T } | null>(null);
  const choice = pending && pending.from === value ? pending.to : value;
  const isWaiting = choice !== value;
  const warningText = isWaiting ? (warning?.(choice) ?? null) : null;

  const apply = () => {
    selectRef.current?.focus();
    if (isWaiting && !isBusy) onApply(choice);
  };
  const cancel = () => {
    setPending(null);
    selectRef.current?.focus();
  };

  return (
    <span className="apply-select">
      <select
        ref={selectRef}
        id={id}
        value={choice}
        aria-busy={isBusy}
        aria-describedby={warningText ? warningId : undefined}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next) setPending({ from: value, to: next });
        }}
        onKeyDown={(event) => {
          if (!isWaiting) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            cancel();
          }
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      {isWaiting ? (
        <>
          <button
            type="button"
            className="button button--primary button--small"
            aria-label={t('common.applyChoice', { subject })}
            aria-disabled={isBusy}
            onClick={apply}
          >
            {t('common.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={t('common.cancelChoice', { subject })}
            onClick={cancel}
          >
            {t('common.cancel')}
          </button>
        </>
      ) : null}
      {warningText ? (
        <span id={warningId} className="field__hint apply-select__warning">
          {warningText}
        </span>
      ) : null}
    </span>
  );
}
