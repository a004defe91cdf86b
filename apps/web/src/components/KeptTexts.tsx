import { useTranslation } from 'react-i18next';
import type { UnsavedText } from '../lib/unsavedWork.ts';
import { CopyField } from './CopyField.tsx';

/**
 * What the viewer had typed and could no longer save (removed from the partnership, or signed
 * out by the server), each under its label with a copy button. Nothing when there is none.
 */
export function KeptTexts({ kept }: { kept: UnsavedText[] }) {
  const { t } = useTranslation();
  if (kept.length === 0) return null;
  return (
    <section className="kept-texts" aria-labelledby="kept-texts-title">
      <h2 id="kept-texts-title">{t('status.kept.title')}</h2>
      <p>{t('status.kept.text')}</p>
      {kept.map((unsaved, index) => (
        <CopyField key={index} label={unsaved.label} value={unsaved.text} isText />
      ))}
    </section>
  );
}
