import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError, type ApiError } from './api.ts';
import {
  focusFirstError,
  serverFieldErrors,
  validateForm,
  type FieldErrors,
} from './formErrors.ts';

export interface FormSubmission {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  fieldErrors: FieldErrors;
  error: ApiError | null;
  isSubmitting: boolean;
}

/**
 * Validates a `noValidate` form with translated messages, sends it once at a time, and maps the
 * server's error (and its field details) back onto the form. Focus goes to the first bad field.
 */
export function useFormSubmit(send: (data: FormData) => Promise<void>): FormSubmission {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    const clientErrors = validateForm(form, t);
    setFieldErrors(clientErrors);
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
      const serverErrors = serverFieldErrors(apiError, t);
      setError(apiError);
      setFieldErrors(serverErrors);
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
    error,
    isSubmitting,
  };
}

/** A text field of a submitted form ('' when absent). */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
