import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../lib/connection.ts';

/** Tells the user when the browser is offline or the live connection is being re-established. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <div role="status" className={state === 'online' ? 'connection' : 'connection connection--offline'}>
      {state === 'offline' ? t('app.offline') : null}
      {state === 'reconnecting' ? t('app.reconnecting') : null}
    </div>
  );
}
