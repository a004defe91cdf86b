import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedWork } from '../../lib/unsavedWork.ts';
import { chatLimits } from '@jumelage/contracts/constants';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { typedDir } from '../../lib/bidi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { editMessage } from './chatCommands.ts';
import { useChatSpace } from './chatSpace.tsx';
import { isSendKey, isTouchScreen } from './keys.ts';

interface MessageEditorProps {
  message: ChatMessage;
  /** The edited message, or null when nothing changed or the edit was cancelled. */
  onDone: (message: ChatMessage | null) => void;
}

/** Edits one's own message in place: Enter saves, Shift+Enter adds a line, Escape cancels. */
export function MessageEditor({ message, onDone }: MessageEditorProps) {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  const { socketStatus } = useChatSpace();
  const id = useId();
  const [text, setText] = useState(message.body);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [isEmpty, setIsEmpty] = useState(false);
  const [isTouch] = useState(isTouchScreen);
  /** The text last sent; its edit may be made even where its answer was lost. */
  const [sent, setSent] = useState<string | null>(null);
  useUnsavedWork(() => (text === message.body ? [] : [{ label: t('messages.editLabel'), text }]));
  const isDone = useRef(false);
  const done = (result: ChatMessage | null) => {
    if (isDone.current) return;
    isDone.current = true;
    onDone(result);
  };
  // A save that "failed" for want of an answer (a link that stalled, then delivered) may still be
  // made: the author's view gets `message:updated` too. Once the message has the text sent, the
  // editor closes as after a save, unless the text was changed since; the error is then stale.
  const isSaved = sent !== null && message.body === sent && message.editedAt !== null;
  const isUnchanged = text.trim() === sent;
  useEffect(() => {
    if (isSaved && isUnchanged && !isDone.current) {
      isDone.current = true;
      onDone(message);
    }
  }, [isSaved, isUnchanged, message, onDone]);

  const save = async () => {
    const body = text.trim();
    // Emptied: said, rather than cancelled without a word (deleting is the menu's other action).
    setIsEmpty(!body);
    if (!body) return;
    if (body === message.body) return done(null);
    setIsSaving(true);
    setError(null);
    setSent(body);
    try {
      done(await editMessage(socketStatus.socket, message.id, body));
    } catch (thrown) {
      setError(asApiError(thrown));
      setIsSaving(false);
    }
  };

  return (
    <form
      className="message-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isSaving) void save();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('messages.editLabel')}
      </label>
      <textarea
        id={id}
        dir={typedDir(text)}
        rows={3}
        value={text}
        maxLength={chatLimits.messageBodyLength}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            done(null);
          } else if (isSendKey(event, isTouch)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {isEmpty ? (
        <p role="alert" className="field__error">
          {t('messages.editEmpty')}
        </p>
      ) : null}
      <ErrorMessage error={isSaved ? null : error} />
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={isSaving}
          aria-busy={isSaving}
        >
          {t('messages.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => done(null)}>
          {tc('common.cancel')}
        </button>
      </div>
    </form>
  );
}
