import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'wouter';
import { milestoneLimits } from '@jumelage/contracts/constants';

export interface Prefill {
  title: string;
  description: string;
}

const prefillParams = ['new', 'title', 'description'];

/**
 * "Create milestone" from a chat message arrives as `?new=1&title=…&description=…`: open the create
 * dialog with those values once, then drop them from the URL so a reload does not open it again.
 */
export function usePrefill(canCreate: boolean, open: () => void) {
  const [params, setParams] = useSearchParams();
  const [prefill, setPrefill] = useState<Prefill | null>(() =>
    params.get('new') === '1'
      ? {
          title: (params.get('title') ?? '').slice(0, milestoneLimits.titleLength),
          description: (params.get('description') ?? '').slice(
            0,
            milestoneLimits.descriptionLength,
          ),
        }
      : null,
  );
  useEffect(() => {
    if (!prefill || !canCreate || params.get('new') !== '1') return;
    open();
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const name of prefillParams) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [prefill, params, canCreate, open, setParams]);
  /** Call when the dialog closes, so a later "new milestone" starts empty. */
  const consume = useCallback(() => setPrefill(null), []);
  return { prefill, consume };
}
