import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linkParts } from './links.ts';

/**
 * A message as plain text (React escapes it; never HTML), with web and email addresses as links.
 * A web address opens in a new tab without giving it access to this one; an email address opens
 * the mail program where it is (a new tab stayed empty behind it, and its hidden "opens in a new
 * tab" was not true; QA pass). `dir="auto"` and per-line
 * direction (CSS `unicode-bidi: plaintext`) let Arabic read right-to-left inside a German page
 * and German left-to-right inside an Arabic one.
 */
export function MessageText({ text }: { text: string }) {
  const { t } = useTranslation('consultations');
  const parts = useMemo(() => linkParts(text), [text]);
  return (
    <p className="message__body" dir="auto">
      {parts.map((part, index) =>
        part.kind === 'link' && part.href.startsWith('mailto:') ? (
          <a key={index} href={part.href} dir="ltr">
            {part.text}
          </a>
        ) : part.kind === 'link' ? (
          // An address reads left to right, also with Arabic in it or around it (it came out as
          // "x=1?خطة-الحديقة/https://example.org/ar" in an Arabic message; QA pass).
          <a
            key={index}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            dir="ltr"
          >
            {part.text}
            <span className="visually-hidden"> {t('messages.newTab')}</span>
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
