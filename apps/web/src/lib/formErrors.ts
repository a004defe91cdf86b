import type { TFunction } from 'i18next';
import type { ApiError } from './api.ts';

/** Error texts by field name; names follow the API's dot-joined paths (`municipalities.0.name`). */
export type FieldErrors = Record<string, string>;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(element: Element): element is Control {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  );
}

/** Spaces alone do not fill a required text field: the server trims them away and refuses the rest. */
const isBlank = (control: Control) =>
  control.required && !(control instanceof HTMLSelectElement) && control.value.trim() === '';

function messageFor(control: Control, t: TFunction): string {
  const { validity } = control;
  if (validity.valueMissing || isBlank(control)) return t('validation.required');
  if (validity.typeMismatch) return t('validation.email');
  if (validity.tooShort && control instanceof HTMLInputElement) {
    return t('validation.tooShort', { count: control.minLength });
  }
  if (validity.rangeUnderflow && control instanceof HTMLInputElement) {
    return t('validation.rangeUnderflow', { min: control.min });
  }
  if (validity.rangeOverflow && control instanceof HTMLInputElement) {
    return t('validation.rangeOverflow', { max: control.max });
  }
  return t('validation.invalid');
}

/**
 * Runs the browser's constraint validation (required, type, minlength…) with translated
 * messages. Forms use `noValidate` so the browser does not show its own, untranslated bubbles.
 */
export function validateForm(form: HTMLFormElement, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const element of Array.from(form.elements)) {
    if (isControl(element) && element.name && (!element.validity.valid || isBlank(element))) {
      errors[element.name] ??= messageFor(element, t);
    }
  }
  return errors;
}

/** Field errors from the server's `details`, shown beside the matching fields. */
export function serverFieldErrors(error: ApiError | null, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of error?.details ?? []) {
    if (detail.path) errors[detail.path] = t('validation.rejected');
  }
  return errors;
}

/**
 * Moves focus to the first field that has an error, in document order; an error about one item of a
 * list field (`expertEmails.1`) counts for the field of that name.
 */
export function focusFirstError(form: HTMLFormElement, errors: FieldErrors): void {
  const paths = Object.keys(errors);
  const hasError = (name: string) =>
    paths.some((path) => path === name || path.startsWith(`${name}.`));
  for (const element of Array.from(form.elements)) {
    if (isControl(element) && element.name && hasError(element.name)) {
      element.focus();
      return;
    }
  }
}
