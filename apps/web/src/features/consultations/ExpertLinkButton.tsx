import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertLink } from '@jumelage/contracts/consultations';
import { CopyField } from '../../components/CopyField.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { OpenLinkList } from '../../components/OpenLinkList.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useFormat } from '../users/useFormat.ts';
import { createExpertLink, openExpertLinksUrl, revokeExpertLink } from './consultations.api.ts';

/**
 * Creates a single-use link for one external expert, who may have no account yet: they register or
 * log in on the way and then see this consultation only. The links not used yet are listed below,
 * to revoke one that went to the wrong person.
 */
export function ExpertLinkButton({ channelId }: { channelId: string }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  const [link, setLink] = useState<ExpertLink | null>(null);
  const create = useAction(async () => setLink((await createExpertLink(channelId)).data));

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (!create.isBusy) void create.run();
        }}
        // Not `disabled`: that dropped the focus to the page while the link was made.
        aria-disabled={create.isBusy}
        aria-busy={create.isBusy}
      >
        {link ? t('expertLink.another') : t('expertLink.create')}
      </button>
      <ErrorMessage error={create.error} />
      {link ? (
        <div className="invitation-link">
          <CopyField label={t('expertLink.label')} value={link.url} />
          <p className="field__hint">
            {t('expertLink.hint', { date: format.dateTime(link.expiresAt) })}
          </p>
        </div>
      ) : null}
      <OpenLinkList
        url={openExpertLinksUrl(channelId)}
        reloadKey={link?.token}
        revoke={async (id) => {
          await revokeExpertLink(channelId, id);
          // The link shown above is dead now: it must not be copied and sent.
          if (link?.id === id) setLink(null);
        }}
      />
    </>
  );
}
