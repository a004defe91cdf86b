import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import { useFormat } from '../users/useFormat.ts';
import { formatTimeRange } from './chatFormat.ts';

/**
 * Who last moved, called off or reinstated the consultation, and when; for a move, the times it
 * had, in the viewer's zone. Anyone who noted the old time is told, on the page and, when it
 * happens while they have it open, by their screen reader (fourteenth QA pass: the times were
 * replaced without a word). Kept until the consultation is over.
 */
export function ConsultationChangeNotice({ consultation }: { consultation: ConsultationView }) {
  const { t } = useTranslation('consultations');
  const format = useFormat();
  const change = consultation.phase === 'past' ? null : consultation.lastChange;
  const shown = change
    ? {
        name: change.by.name,
        when: format.dateTime(change.at),
        previous:
          change.previousStartsAt && change.previousEndsAt
            ? formatTimeRange(
                change.previousStartsAt,
                change.previousEndsAt,
                format.locale,
                format.timeZone,
              )
            : '',
      }
    : null;
  return (
    <p role="status" className={shown ? 'consultation-change' : 'visually-hidden'}>
      {change && shown ? t(`consultation.changed.${change.kind}`, shown) : null}
    </p>
  );
}
