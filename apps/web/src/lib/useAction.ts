import { useCallback, useState } from 'react';
import { asApiError, type ApiError } from './api.ts';

/**
 * A button's asynchronous action: whether it is running (to disable the button and say so) and
 * the error of its last run, in the server's error shape, for an ErrorMessage beside it.
 */
export function useAction(action: () => Promise<void>) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async () => {
    setIsBusy(true);
    setError(null);
    try {
      await action();
    } catch (thrown) {
      setError(asApiError(thrown));
    } finally {
      setIsBusy(false);
    }
  }, [action]);
  const clearError = useCallback(() => setError(null), []);
  return { run, isBusy, error, clearError };
}
