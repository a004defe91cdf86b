import { useCallback, useEffect, useState } from 'react';
import { useUrlQuery } from '../../lib/useUrlQuery.ts';
import { milestoneLimits } from '@jumelage/contracts/constants';

export interface Prefill {
  title: string;
  description: string;
  /** The chat channel the message came from: cancelling returns there. */
  fromChannel: string | null;
}

const prefillParams = ['new', 'title', 'description', 'fromChannel'];

/**
 * "Create milestone" from a chat message arrives as `?new=1&title=…&description=…&fromChannel=…`:
 * open the create dialog with those values once, then drop them from the URL so a reload does not
 * open it again.
 */
export function usePrefill(canCreate: boolean, open: () => void) {
  const { params, edit } = useUrlQuery();
  const [prefill, setPrefill] = useState<Prefill | null>(() =>
    params.get('new') === '1'
      ? {
          title: (params.get('title') ?? '').slice(0, milestoneLimits.titleLength),
          description: (params.get('description') ?? '').slice(
            0,
            milestoneLimits.descriptionLength,
          ),
          fromChannel: /^[a-f0-9]{24}$/.test(params.get('fromChannel') ?? '')
            ? params.get('fromChannel')
            : null,
        }
      : null,
  );
  useEffect(() => {
    if (!prefill || !canCreate || params.get('new') !== '1') return;
    open();
    edit((next) => {
      for (const name of prefillParams) next.delete(name);
    });
  }, [prefill, params, canCreate, open, edit]);
  /** Call when the dialog closes, so a later "new milestone" starts empty. */
  const consume = useCallback(() => setPrefill(null), []);
  return { prefill, consume };
}
