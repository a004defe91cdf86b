import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@jumelage/contracts/consultations';
import type { Member } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { useFormat } from '../users/useFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { createConsultation, updateConsultation } from './consultations.api.ts';
import { ConsultationFields, defaultTimes } from './ConsultationFields.tsx';
import { localInputToIso } from './zonedTime.ts';

interface ConsultationDialogProps {
  /** The consultation to change; null schedules a new one. */
  channel: Channel | null;
  members: Member[];
  onClose: () => void;
  onSaved: (channel: Channel) => void;
}

const idsOf = (data: FormData, name: string) =>
  data.getAll(name).filter((value): value is string => typeof value === 'string');

/** Schedules or changes a consultation in a modal dialog; times are read in the viewer's zone. */
export function ConsultationDialog({
  channel,
  members,
  onClose,
  onSaved,
}: ConsultationDialogProps) {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  const { partnershipId } = useChatSpace();
  const { timeZone } = useFormat();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [times] = useState(() => defaultTimes(channel, timeZone));
  const [endError, setEndError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const form = useFormSubmit(async (data) => {
    const startsAt = localInputToIso(textOf(data, 'startsAt'), timeZone) ?? '';
    const endsAt = localInputToIso(textOf(data, 'endsAt'), timeZone) ?? '';
    if (Date.parse(endsAt) <= Date.parse(startsAt)) {
      setEndError(t('form.endBeforeStart'));
      ref.current?.querySelector<HTMLInputElement>('[name="endsAt"]')?.focus();
      return;
    }
    setEndError(null);
    const body = {
      title: textOf(data, 'title'),
      startsAt,
      endsAt,
      agenda: textOf(data, 'agenda'),
      expertIds: idsOf(data, 'expertIds'),
      expertEmails: textOf(data, 'expertEmails')
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
      coordinatorIds: idsOf(data, 'coordinatorIds'),
    };
    const saved = channel
      ? await updateConsultation(channel.id, body)
      : await createConsultation(partnershipId, body);
    onSaved(saved.data);
  });
  const fieldErrors = endError ? { ...form.fieldErrors, endsAt: endError } : form.fieldErrors;

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{channel ? t('form.editTitle') : t('form.createTitle')}</h2>
      <form className="form" noValidate onSubmit={form.onSubmit}>
        <ErrorMessage error={form.error} />
        <ConsultationFields
          channel={channel}
          members={members}
          times={times}
          errors={fieldErrors}
        />
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {tc('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={form.isSubmitting}
            aria-busy={form.isSubmitting}
          >
            {form.isSubmitting ? tc('common.saving') : channel ? t('form.save') : t('form.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
