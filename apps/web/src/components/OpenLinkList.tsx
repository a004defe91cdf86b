import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenLink } from '@jumelage/contracts/partnerships';
import { useFormat } from '../features/users/useFormat.ts';
import { asApiError, type ApiError } from '../lib/api.ts';
import { useResource } from '../lib/useResource.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

interface OpenLinkListProps<T extends OpenLink> {
  /** GET: the open links, newest first. */
  url: string;
  /** Changes when a link was made here, so that it is listed. */
  reloadKey: string | undefined;
  /** What the link grants, e.g. "Member · Wolfsburg"; omitted for expert links. */
  describe?: (link: T) => string;
  revoke: (id: string) => Promise<void>;
}

/**
 * The invitation links nobody has used yet, folded under their count, each with who made it, until
 * when it works and a button that revokes it (after a confirmation). Nothing while there are none.
 */
export function OpenLinkList<T extends OpenLink>({
  url,
  reloadKey,
  describe,
  revoke,
}: OpenLinkListProps<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  const links = useResource<{ data: T[] }>(url);
  const { reload } = links;
  const [toRevoke, setToRevoke] = useState<T | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const boxRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const idPrefix = useId();

  useEffect(() => {
    if (reloadKey !== undefined) reload();
  }, [reloadKey, reload]);

  // The dialog closes first (it makes the rest of the page inert), then the link is revoked.
  const confirmRevoke = async (link: T) => {
    setToRevoke(null);
    setBusyId(link.id);
    setError(null);
    setStatus('');
    try {
      await revoke(link.id);
      const isLast = (links.data?.data.length ?? 0) <= 1;
      links.update((page) => ({ data: page.data.filter((other) => other.id !== link.id) }));
      setStatus(t('openLinks.revoked'));
      // The revoked row held the focus; continue at the list, or at the (visible) status once it is gone.
      (isLast ? boxRef.current : listRef.current)?.focus();
    } catch (thrown) {
      setError(asApiError(thrown));
      reload();
      // The list is read again (the row may go); the message beside it is where to continue.
      boxRef.current?.focus();
    } finally {
      setBusyId(null);
    }
  };

  const list = links.data?.data ?? [];
  return (
    <div ref={boxRef} tabIndex={-1} className="open-links">
      <p role="status" className={status ? 'field__hint' : 'visually-hidden'}>
        {status}
      </p>
      <ErrorMessage error={error} messages={{ conflict: t('openLinks.used') }} />
      <ErrorMessage error={links.error} onRetry={reload} />
      {list.length > 0 ? (
        <details
          onToggle={(event) => {
            // Someone may have used or revoked one meanwhile.
            if (event.currentTarget.open) reload();
          }}
        >
          <summary>{t('openLinks.summary', { count: list.length })}</summary>
          <ul ref={listRef} tabIndex={-1} className="open-links__list">
            {list.map((link) => {
              const textId = `${idPrefix}-${link.id}`;
              const made = {
                date: format.dateTime(link.createdAt),
                until: format.dateTime(link.expiresAt),
              };
              return (
                <li key={link.id} className="open-links__item">
                  <p id={textId}>
                    {describe ? <span className="open-links__grant">{describe(link)}</span> : null}
                    {link.createdBy
                      ? t('openLinks.made', { ...made, name: link.createdBy.name })
                      : t('openLinks.madeByGone', made)}
                  </p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-describedby={textId}
                    disabled={busyId === link.id}
                    aria-busy={busyId === link.id}
                    onClick={() => setToRevoke(link)}
                  >
                    {t('openLinks.revoke')}
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title={t('openLinks.revokeTitle')}
        confirmLabel={t('openLinks.revoke')}
        onConfirm={() => {
          if (toRevoke) void confirmRevoke(toRevoke);
        }}
        onCancel={() => setToRevoke(null)}
      >
        <p>{t('openLinks.revokeText')}</p>
      </ConfirmDialog>
    </div>
  );
}
