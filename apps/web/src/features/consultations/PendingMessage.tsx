import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@jumelage/contracts/constants';
import { useConnectionState } from '../../lib/connection.ts';
import { useChatSpace } from './chatSpace.tsx';
import { MessageText } from './MessageText.tsx';
import type { OutboxEntry } from './outbox.ts';

const explainedCodes = [
  'validation_failed',
  'payload_too_large',
  'forbidden',
  'not_found',
  'conflict',
  'unauthenticated',
] as const;
type ExplainedCode = (typeof explainedCodes)[number];

function explained(code: ErrorCode | null): ExplainedCode | 'other' {
  return explainedCodes.find((known) => known === code) ?? 'other';
}

/** One of the viewer's messages the server has not acknowledged: sending, waiting or failed. */
export function PendingMessage({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation('consultations');
  const { outbox, viewer, socketStatus } = useChatSpace();
  const isOnline = useConnectionState() === 'online' && socketStatus.isConnected;
  const isFailed = entry.status === 'failed';

  let state = t('outbox.sending');
  if (isFailed)
    state = t('outbox.failed', { reason: t(`outbox.reasons.${explained(entry.errorCode)}`) });
  else if (!isOnline) state = t('outbox.waiting');

  return (
    <li
      className={
        isFailed ? 'message message--own message--failed' : 'message message--own message--pending'
      }
    >
      <p className="message__meta">
        <bdi className="message__author">{viewer.name}</bdi>
      </p>
      <MessageText text={entry.body} />
      <p className="message__state">{state}</p>
      {isFailed ? (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void outbox.retry(entry.clientId)}
          >
            {t('outbox.retry')}
          </button>
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => outbox.discard(entry.clientId)}
          >
            {t('outbox.discard')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
