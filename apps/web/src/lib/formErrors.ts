import type { TFunction } from 'i18next';
import { deactivatedAccountDetail, type Locale } from '@jumelage/contracts/constants';
import type { ApiError } from './api.ts';
import { formatCalendarDate } from './format.ts';

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

/**
 * What is wrong with one field, translated only when shown, so the text follows a change of the
 * interface language (errors stored as text stayed in the language they were found in).
 */
export type FieldProblem =
  | { kind: 'required' | 'email' | 'wholeNumber' | 'invalid' | 'rejected' | 'taken' }
  /** The server named an account an administrator deactivated (an expert invited by email). */
  | { kind: 'deactivated' }
  | { kind: 'tooShort'; count: number }
  | { kind: 'rangeUnderflow'; min: string }
  | { kind: 'rangeOverflow'; max: string }
  /** A date before the field's first allowed day (an end date before the start date). */
  | { kind: 'dateTooEarly'; date: string };

/** Problems by field name, named like `FieldErrors`. */
export type FieldProblems = Record<string, FieldProblem>;

function problemOf(control: Control): FieldProblem {
  const { validity } = control;
  if (validity.valueMissing || isBlank(control)) return { kind: 'required' };
  if (validity.typeMismatch) return { kind: 'email' };
  if (control instanceof HTMLInputElement) {
    if (validity.tooShort) return { kind: 'tooShort', count: control.minLength };
    if (validity.rangeUnderflow) {
      // A date's minimum is a calendar date, written out in the viewer's language when shown.
      return control.type === 'date'
        ? { kind: 'dateTooEarly', date: control.min }
        : { kind: 'rangeUnderflow', min: control.min };
    }
    if (validity.rangeOverflow) return { kind: 'rangeOverflow', max: control.max };
    // Number fields here count whole things (days); "2.5" was met with "check this value".
    if (control.type === 'number' && (validity.stepMismatch || validity.badInput)) {
      return { kind: 'wholeNumber' };
    }
  }
  return { kind: 'invalid' };
}

function textOf(problem: FieldProblem, t: TFunction, locale: Locale): string {
  switch (problem.kind) {
    case 'tooShort':
      return t('validation.tooShort', { count: problem.count });
    case 'rangeUnderflow':
      return t('validation.rangeUnderflow', { min: problem.min });
    case 'rangeOverflow':
      return t('validation.rangeOverflow', { max: problem.max });
    case 'dateTooEarly':
      return t('validation.dateTooEarly', { date: formatCalendarDate(problem.date, locale) });
    default:
      return t(`validation.${problem.kind}`);
  }
}

/** The problems as texts in the interface's language, for the fields to show. */
export function fieldErrorTexts(
  problems: FieldProblems,
  t: TFunction,
  locale: Locale,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(problems).map(([name, problem]) => [name, textOf(problem, t, locale)]),
  );
}

/**
 * Runs the browser's constraint validation (required, type, minlength…), to be shown with
 * translated messages. Forms use `noValidate` so the browser does not show its own, untranslated
 * bubbles.
 */
export function validateForm(form: HTMLFormElement): FieldProblems {
  const problems: FieldProblems = {};
  for (const element of Array.from(form.elements)) {
    if (isControl(element) && element.name && (!element.validity.valid || isBlank(element))) {
      problems[element.name] ??= problemOf(element);
    }
  }
  return problems;
}

/**
 * The problems still standing after the field `changed` was edited, given what the browser's checks
 * say now (`current`). A problem goes as soon as it is mended, also by another field (an end date
 * the new start date allows); the server's word on the changed field goes with the change, on the
 * others it stays until the form is sent again. Nothing new is reported before that.
 */
export function remainingProblems(
  previous: FieldProblems,
  current: FieldProblems,
  changed: string,
): FieldProblems {
  const remaining: FieldProblems = {};
  for (const [name, problem] of Object.entries(previous)) {
    const now = current[name];
    const isChanged = name === changed || name.startsWith(`${changed}.`);
    if (now) remaining[name] = now;
    else if (!isChanged && ['rejected', 'taken', 'deactivated'].includes(problem.kind)) {
      remaining[name] = problem;
    }
  }
  return remaining;
}

/**
 * Field problems from the server's `details`, shown beside the matching fields. A conflict (an
 * e-mail address that already has an account) says the value is taken; the error above the form
 * says what to do.
 */
export function serverFieldErrors(error: ApiError | null): FieldProblems {
  const problems: FieldProblems = {};
  const kind = error?.code === 'conflict' ? 'taken' : 'rejected';
  for (const detail of error?.details ?? []) {
    if (!detail.path) continue;
    problems[detail.path] = {
      kind: detail.message === deactivatedAccountDetail ? 'deactivated' : kind,
    };
  }
  return problems;
}

/**
 * Moves focus to the first field that has an error, in document order; an error about one item of a
 * list field (`expertEmails.1`) counts for the field of that name.
 */
export function focusFirstError(form: HTMLFormElement, errors: FieldProblems): void {
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
