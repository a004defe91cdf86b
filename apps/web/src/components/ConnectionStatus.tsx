import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../lib/connection.ts';
import { useIsReadOnlyPage } from '../lib/readOnlyPage.ts';

/** Tells the user when the browser is offline or the live connection is being re-established. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  // Someone who may only read the page open has nothing to keep: they are told it stays as shown.
  const isReadOnly = useIsReadOnlyPage();
  return (
    <div
      role="status"
      className={state === 'online' ? 'connection' : 'connection connection--offline'}
    >
      {state === 'offline' ? t(isReadOnly ? 'app.offlineReadOnly' : 'app.offline') : null}
      {state === 'reconnecting' ? t('app.reconnecting') : null}
    </div>
  );
}
