import { useTranslation } from 'react-i18next';
import type { ConsultationView } from '@jumelage/contracts/consultations';
import type { MunicipalityView } from '@jumelage/contracts/partnerships';
import { useFormat } from '../users/useFormat.ts';
import { formatTimeRange } from './chatFormat.ts';

interface ConsultationTimesProps {
  consultation: ConsultationView;
  /** The municipalities whose local time is shown beside the viewer's own. */
  partners: MunicipalityView[];
  /** In the channel list: smaller, inside a link (so no list markup). */
  isCompact?: boolean;
}

/** Start and end in the viewer's time zone and in each partner municipality's. */
export function ConsultationTimes({
  consultation,
  partners,
  isCompact = false,
}: ConsultationTimesProps) {
  const { t } = useTranslation('consultations');
  const { locale, timeZone } = useFormat();
  const range = (zone: string) =>
    formatTimeRange(consultation.startsAt, consultation.endsAt, locale, zone);
  const lines = [
    { key: 'viewer', zone: t('times.yours'), range: range(timeZone) },
    ...partners.map((municipality, index) => ({
      key: String(index),
      zone: t('times.partner', { municipality: municipality.name }),
      range: range(municipality.timeZone),
    })),
  ];
  return (
    <span className={isCompact ? 'times times--compact' : 'times'}>
      {lines.map((line) => (
        <span key={line.key} className="times__line">
          <span className="times__zone">{line.zone}</span> <span>{line.range}</span>
        </span>
      ))}
    </span>
  );
}
