import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** A read-only value with a copy button; the outcome is announced in a live region. */
export function CopyField({ label, value }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard access (e.g. plain http): select the text so it can be copied by hand.
      inputRef.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input
          ref={inputRef}
          id={id}
          type="text"
          readOnly
          dir="ltr"
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
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
