import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatLimits } from '@jumelage/contracts/constants';
import type { Channel } from '@jumelage/contracts/consultations';
import type { Member } from '@jumelage/contracts/partnerships';
import { typedDir } from '../../lib/bidi.ts';
import { FormField } from '../../components/FormField.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { timeZoneLabel } from '../../lib/timeZones.ts';
import { useCityNames } from '../../lib/useCityNames.ts';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import type { FieldErrors } from '../../lib/formErrors.ts';
import { useFormat } from '../users/useFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { ConsultationTimes } from './ConsultationTimes.tsx';
import { InviteeFields } from './InviteeFields.tsx';
import { isoToLocalInput, localInputToIso } from './zonedTime.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** Start and end for the form: the consultation's, or tomorrow 10:00–11:30 in the viewer's zone. */
export function defaultTimes(channel: Channel | null, timeZone: string) {
  if (channel?.consultation) {
    const { startsAt, endsAt } = channel.consultation;
    return { start: isoToLocalInput(startsAt, timeZone), end: isoToLocalInput(endsAt, timeZone) };
  }
  const tomorrow = isoToLocalInput(new Date(Date.now() + dayMs).toISOString(), timeZone).slice(
    0,
    10,
  );
  return { start: `${tomorrow}T10:00`, end: `${tomorrow}T11:30` };
}

interface ConsultationFieldsProps {
  channel: Channel | null;
  members: Member[];
  times: { start: string; end: string };
  errors: FieldErrors;
}

/**
 * Title, times, video-call link, agenda, invitees; named after the API's fields, so server errors
 * land beside them.
 */
export function ConsultationFields({ channel, members, times, errors }: ConsultationFieldsProps) {
  const { t } = useTranslation('consultations');
  const { timeZone } = useFormat();
  const consultation = channel?.consultation ?? null;
  const [agenda, setAgenda] = useState(consultation?.agenda ?? '');
  const { partners } = useChatSpace();
  const cities = useCityNames();
  const [start, setStart] = useState(times.start);
  const [end, setEnd] = useState(times.end);
  const now = useMinuteClock();
  // A consultation may be entered afterwards, so a past start is allowed, and said (a wrong year
  // went unnoticed: the lists name no year within this one).
  const startsAt = localInputToIso(start, timeZone);
  const endsAt = localInputToIso(end, timeZone);
  const startMs = Date.parse(startsAt ?? '');
  const isPast = startMs < now && start !== times.start;
  // The zone's offset on the day chosen (it said Berlin's winter offset for a date in July).
  const zone = timeZoneLabel(
    timeZone,
    Number.isNaN(startMs) ? new Date() : new Date(startMs),
    cities,
  );
  return (
    <>
      <TitleField
        label={t('form.title')}
        name="title"
        max={chatLimits.channelTitleLength}
        error={errors.title}
        defaultValue={channel?.title}
      />
      <fieldset className="fieldset">
        <legend>{t('form.when', { timeZone: zone })}</legend>
        <div className="field-row">
          <FormField
            label={t('form.startsAt')}
            error={errors.startsAt}
            hint={isPast ? t('form.startInPast') : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                name="startsAt"
                required
                value={start}
                onChange={(event) => setStart(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('form.endsAt')} error={errors.endsAt}>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                name="endsAt"
                required
                value={end}
                onChange={(event) => setEnd(event.target.value)}
              />
            )}
          </FormField>
        </div>
        {/* What the times chosen are for the partner municipality, before anyone is invited to
            the wrong hour (shown only after saving before; QA pass). */}
        {startsAt && endsAt && startsAt < endsAt && partners.length > 0 ? (
          <p className="consultation-fields__times">
            <ConsultationTimes consultation={{ startsAt, endsAt }} partners={partners} />
          </p>
        ) : null}
      </fieldset>
      <FormField
        label={t('form.meetingUrl')}
        hint={t('form.meetingUrlHint')}
        error={errors.meetingUrl}
      >
        {(control) => (
          <input
            {...control}
            name="meetingUrl"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            dir="ltr"
            maxLength={chatLimits.meetingUrlLength}
            defaultValue={consultation?.meetingUrl ?? ''}
          />
        )}
      </FormField>
      <FormField
        label={t('form.agenda')}
        hint={t('form.agendaHint')}
        error={errors.agenda}
        length={{ value: agenda, max: chatLimits.agendaLength }}
      >
        {(control) => (
          <textarea
            {...control}
            name="agenda"
            rows={4}
            value={agenda}
            onChange={(event) => setAgenda(event.target.value)}
            dir={typedDir(agenda)}
          />
        )}
      </FormField>
      <InviteeFields consultation={consultation} members={members} errors={errors} />
    </>
  );
}
