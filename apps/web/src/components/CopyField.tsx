import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Text someone wrote (several lines, in its own direction) rather than a link. */
  isText?: boolean;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** A read-only value with a copy button; the outcome is announced in a live region. */
export function CopyField({ label, value, isText = false }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const keepField = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    fieldRef.current = element;
  };
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard access (e.g. plain http): select the text so it can be copied by hand.
      fieldRef.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        {isText ? (
          <textarea
            ref={keepField}
            id={id}
            readOnly
            dir="auto"
            rows={Math.min(6, value.split('\n').length + 1)}
            value={value}
          />
        ) : (
          <input
            ref={keepField}
            id={id}
            type="text"
            readOnly
            dir="ltr"
            value={value}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        {/* Named with what it copies: a page may offer several ("Copy: Title (New milestone)"). */}
        <button
          type="button"
          className="button"
          aria-label={t('common.copyField', { label })}
          onClick={() => void copy()}
        >
          {t('common.copy')}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status === 'copied' ? t('common.copied') : null}
        {status === 'failed' ? t('common.copyFailed') : null}
      </p>
    </div>
  );
}
