import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatLimits } from '@jumelage/contracts/constants';
import type { Channel } from '@jumelage/contracts/consultations';
import { typedDir } from '../../lib/bidi.ts';
import { useConnectionState } from '../../lib/connection.ts';
import { keepDraft, readDraft } from '../../lib/drafts.ts';
import { useUnsavedWork } from '../../lib/unsavedWork.ts';
import { useChatSpace } from './chatSpace.tsx';
import { isSendKey, isTouchScreen } from './keys.ts';
import { useChannelTitle } from './useChannelTitle.ts';
import { useTypingNotifier } from './useTyping.ts';

/** The message box's id, for the skip link to it. */
export const composerId = (channelId: string) => `composer-${channelId}`;

/**
 * Writes a message into the outbox, which keeps it on this device and sends it (now, or when the
 * connection is back). Enter sends, Shift+Enter starts a new line (on a touch screen Enter starts a
 * line and the button sends).
 */
export function Composer({ channel }: { channel: Channel }) {
  const { t } = useTranslation('consultations');
  const { outbox, partnershipId, socketStatus } = useChatSpace();
  const connection = useConnectionState();
  const title = useChannelTitle(channel);
  const id = composerId(channel.id);
  // What was being written here is kept when the channel or tab is left, and through a reload
  // (under the partnership, which a removal from it offers to copy: `unsentDrafts`).
  const draftKey = `${partnershipId}/${channel.id}`;
  const [text, setText] = useState(() => readDraft(draftKey));
  const write = (value: string) => {
    setText(value);
    keepDraft(draftKey, value);
  };
  useUnsavedWork(() => [{ label: t('composer.label', { channel: title }), text }]);
  const typing = useTypingNotifier(channel.id, socketStatus.socket);
  const [isTouch] = useState(isTouchScreen);
  const max = chatLimits.messageBodyLength;
  // No maxLength: it cut a longer paste (minutes, say) without a word. The text stays whole, and
  // what is too much is said until the message is shortened (QA pass).
  const over = text.trim().length - max;

  const send = () => {
    const body = text.trim();
    if (!body || body.length > max) return;
    void outbox.add({ partnershipId, channelId: channel.id, body });
    write('');
    typing.stop();
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('composer.label', { channel: title })}
      </label>
      <textarea
        id={id}
        dir={typedDir(text)}
        rows={2}
        value={text}
        placeholder={t('composer.placeholder')}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(event) => {
          write(event.target.value);
          typing.typed(event.target.value);
        }}
        onKeyDown={(event) => {
          if (isSendKey(event, isTouch)) {
            event.preventDefault();
            send();
          }
        }}
        onBlur={typing.stop}
      />
      <div className="composer__footer">
        {over > 0 ? (
          <p id={`${id}-hint`} className="composer__hint composer__hint--error" role="alert">
            {t('composer.tooLong', { count: over })}
          </p>
        ) : (
          <p
            id={`${id}-hint`}
            className={
              connection === 'online' ? 'composer__hint' : 'composer__hint composer__hint--offline'
            }
          >
            {connection !== 'online'
              ? t(`composer.${connection}`)
              : isTouch
                ? t('composer.hintTouch')
                : t('composer.hint')}
          </p>
        )}
        <span id={`${id}-count`} className="composer__count">
          {t('composer.count', { length: text.length, max })}
        </span>
        <button
          type="submit"
          className="button button--primary"
          disabled={!text.trim() || over > 0}
        >
          {t('composer.send')}
        </button>
      </div>
    </form>
  );
}
