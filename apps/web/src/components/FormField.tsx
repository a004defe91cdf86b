import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props to spread on the control so it is labelled and described by the field's texts. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  maxLength?: number;
}

interface FormFieldProps {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  /** A text control's value and its longest length: the characters left are shown near the end. */
  length?: { value: string; max: number } | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** From how many characters left the count is shown: the last tenth, at least the last ten. */
const countFrom = (max: number) => Math.max(10, Math.round(max / 10));

/**
 * A label, the control and its hint and error text, linked with `aria-describedby`. With `length`,
 * the control gets `maxLength`, and near the end a count of the characters left (a pasted text
 * longer than that is cut by the browser, which the count then says); reaching the limit is also
 * announced.
 */
export function FormField({ label, error, hint, length, children }: FormFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const left = length ? length.max - length.value.length : Infinity;
  const reached = length && left <= 0 ? t('validation.lengthReached', { count: length.max }) : '';
  const count =
    length && left <= countFrom(length.max)
      ? reached || t('validation.charactersLeft', { count: left })
      : null;
  const describedBy = [hint ? hintId : null, count ? countId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
        ...(length ? { maxLength: length.max } : {}),
      })}
      {count ? (
        <p id={countId} className={reached ? 'field__hint field__hint--limit' : 'field__hint'}>
          {count}
        </p>
      ) : null}
      {length ? (
        // Said once, when the limit is reached; the count itself is read with the field.
        <span role="status" className="visually-hidden">
          {reached}
        </span>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
