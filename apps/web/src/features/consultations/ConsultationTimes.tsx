import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import type { MunicipalityView } from '@jumelage/contracts/partnerships';
import { nameList } from '../../lib/bidi.ts';
import { useFormat } from '../users/useFormat.ts';
import { formatTimeRange, groupTimes } from './chatFormat.ts';

interface ConsultationTimesProps {
  consultation: Pick<ConsultationView, 'startsAt' | 'endsAt'>;
  /** The municipalities whose local time is shown beside the viewer's own. */
  partners: MunicipalityView[];
  /** In the channel list: smaller, inside a link (so no list markup). */
  isCompact?: boolean;
}

/**
 * Start and end in the viewer's time zone and in each partner municipality's. Places whose clocks
 * read the same share a line: Germany and the Maghreb do for half the year, and the same times
 * twice or three times over made a consultation's summary twice as tall.
 */
export function ConsultationTimes({
  consultation,
  partners,
  isCompact = false,
}: ConsultationTimesProps) {
  const { t } = useTranslation('consultations');
  const { locale, timeZone } = useFormat();
  const range = (zone: string) =>
    formatTimeRange(consultation.startsAt, consultation.endsAt, locale, zone);
  const [own, ...others] = groupTimes(
    range(timeZone),
    partners.map((municipality) => ({
      name: municipality.name,
      range: range(municipality.timeZone),
    })),
  );
  return (
    <span className={isCompact ? 'times times--compact' : 'times'}>
      {own ? (
        <span className="times__line">
          <span className="times__zone">{t('times.yours')}</span> <span>{own.range}</span>
          {own.names.length > 0 ? (
            <> {t('times.alsoIn', { municipalities: nameList(own.names, locale) })}</>
          ) : null}
        </span>
      ) : null}
      {others.map((line) => (
        <span key={line.range} className="times__line">
          <span className="times__zone">
            {t('times.partner', { municipality: nameList(line.names, locale) })}
          </span>{' '}
          <span>{line.range}</span>
        </span>
      ))}
    </span>
  );
}
