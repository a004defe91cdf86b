import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogHeaderProps {
  titleId: string;
  title: ReactNode;
  onClose: () => void;
}

/**
 * A modal dialog's title beside a × that closes it, as Escape and its cancel button do: on a phone
 * a long form's cancel button is a long scroll away. The title takes the focus where a dialog
 * wants to start there.
 */
export function DialogHeader({ titleId, title, onClose }: DialogHeaderProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog__header">
      <h2 id={titleId} tabIndex={-1}>
        {title}
      </h2>
      <button type="button" className="dialog__close" onClick={onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('common.close')}</span>
      </button>
    </div>
  );
}
