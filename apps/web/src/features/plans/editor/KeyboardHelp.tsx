import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import '../../../styles/keyboard-help.css';

const keys = [
  'escape',
  'toolbar',
  'lists',
  'tables',
  'tasks',
  'marks',
  'history',
  'lineBreak',
] as const;

/**
 * "Keyboard": how the plan is used without a mouse. The way out of the text (Escape) was said only
 * to screen readers, in the editor's description, and Tab stays in a table, as in word
 * processors: a sighted keyboard user had no way to learn either (sixteenth QA pass).
 */
export function KeyboardHelp() {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-haspopup="dialog"
        onClick={() => setIsOpen(true)}
      >
        {t('keyboard.button')}
      </button>
      <ModalDialog isOpen={isOpen} title={t('keyboard.title')} onCancel={() => setIsOpen(false)}>
        <dl className="keyboard-help">
          {keys.map((key) => (
            <div key={key}>
              <dt>
                <kbd dir="ltr">{t(`keyboard.keys.${key}`)}</kbd>
              </dt>
              <dd>{t(`keyboard.does.${key}`)}</dd>
            </div>
          ))}
        </dl>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--primary"
            data-autofocus
            onClick={() => setIsOpen(false)}
          >
            {tc('common.close')}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
