import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from './api.ts';
import {
  fieldErrorTexts,
  focusFirstError,
  remainingProblems,
  serverFieldErrors,
  validateForm,
  type FieldErrors,
  type FieldProblems,
} from './formErrors.ts';
import { currentLocale } from './i18n.ts';

export interface FormSubmission {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  fieldErrors: FieldErrors;
  /** What is wrong with each field, for a form that words a field's server refusal itself. */
  fieldProblems: FieldProblems;
  error: ApiError | null;
  isSubmitting: boolean;
}

/**
 * Validates a `noValidate` form with translated messages, sends it once at a time, and maps the
 * server's error (and its field details) back onto the form. Focus goes to the first bad field.
 */
export function useFormSubmit(send: (data: FormData) => Promise<void>): FormSubmission {
  const { fieldErrors, fieldProblems, showProblems } = useFieldProblems();
  const [error, setError] = useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    const clientErrors = validateForm(form);
    showProblems(clientErrors, form);
    setError(null);
    if (Object.keys(clientErrors).length > 0) {
      focusFirstError(form, clientErrors);
      return;
    }
    setIsSubmitting(true);
    try {
      await send(new FormData(form));
    } catch (thrown) {
      const apiError = asApiError(thrown);
      const serverErrors = serverFieldErrors(apiError);
      setError(apiError);
      showProblems(serverErrors, form);
      focusFirstError(form, serverErrors);
    } finally {
      setIsSubmitting(false);
    }
  };

  return {
    onSubmit: (event) => {
      event.preventDefault();
      if (!isSubmitting) void submit(event.currentTarget);
    },
    fieldErrors,
    fieldProblems,
    error,
    isSubmitting,
  };
}

/**
 * The problems of one form's fields, as texts in the interface's language. Once shown, a problem
 * goes as soon as its field is mended (it stayed until the next send, also an end date's after
 * the start date was changed to allow it); nothing new is reported before the next send.
 */
export function useFieldProblems() {
  const [fieldProblems, setFieldProblems] = useState<FieldProblems>({});
  const formRef = useRef<HTMLFormElement | null>(null);

  const hasProblems = Object.keys(fieldProblems).length > 0;
  useEffect(() => {
    const form = formRef.current;
    if (!hasProblems || !form) return;
    const onEdit = (event: Event) => {
      const changed =
        event.target instanceof Element ? (event.target.getAttribute('name') ?? '') : '';
      // After React has handled the event: a render in between puts a controlled field's old value
      // back, and what was typed is lost.
      setTimeout(() => {
        const current = validateForm(form);
        setFieldProblems((previous) => remainingProblems(previous, current, changed));
      });
    };
    form.addEventListener('input', onEdit);
    form.addEventListener('change', onEdit);
    return () => {
      form.removeEventListener('input', onEdit);
      form.removeEventListener('change', onEdit);
    };
  }, [hasProblems]);

  /** Shows these problems (none: clears them) of `form`, or of the form last shown. */
  const showProblems = useCallback((problems: FieldProblems, form?: HTMLFormElement) => {
    if (form) formRef.current = form;
    setFieldProblems(problems);
  }, []);

  return { fieldErrors: useFieldErrorTexts(fieldProblems), fieldProblems, showProblems };
}

/** The field problems as texts in the interface's language; they follow a change of language. */
export function useFieldErrorTexts(problems: FieldProblems): FieldErrors {
  const { t } = useTranslation();
  return fieldErrorTexts(problems, t, currentLocale());
}

/** A text field of a submitted form ('' when absent). */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
