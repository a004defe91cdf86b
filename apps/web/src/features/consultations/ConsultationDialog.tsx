import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedWork } from '../../lib/unsavedWork.ts';
import type { Channel } from '@jumelage/contracts/consultations';
import type { Member } from '@jumelage/contracts/partnerships';
import { DialogHeader } from '../../components/DialogHeader.tsx';
import { DiscardChangesDialog, useDiscardGuard } from '../../components/DiscardChangesDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError } from '../../lib/api.ts';
import type { FieldErrors } from '../../lib/formErrors.ts';
import { newObjectId } from '../../lib/newObjectId.ts';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { timeZoneLabel } from '../../lib/timeZones.ts';
import { useCityNames } from '../../lib/useCityNames.ts';
import { useModalWhileMounted } from '../../lib/useModalWhileMounted.ts';
import { useFormat } from '../users/useFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { createConsultation, updateConsultation } from './consultations.api.ts';
import { ConsultationFields, defaultTimes } from './ConsultationFields.tsx';
import { normalizeMeetingUrl } from './meetingLink.ts';
import { localInputToIso } from './zonedTime.ts';
import {
  consultationChecks,
  separateWithCommas,
  type ConsultationCheck,
} from './consultationChecks.ts';

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
  const cities = useCityNames();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [times] = useState(() => defaultTimes(channel, timeZone));
  // One id per opening: "schedule" pressed again after a lost answer gets the consultation made.
  const [id] = useState(newObjectId);
  // What the first "schedule" sent: sent again, the create answers the consultation that one made,
  // so a form changed since goes on as a change of it (it kept the first values).
  const [firstSent, setFirstSent] = useState<string | null>(null);
  /** The form's own checks (times, link), by field; cleared as soon as the field is changed. */
  const [checks, setChecks] = useState<Record<string, ConsultationCheck>>({});

  // The form keeps its own values: read from it, those changed since it opened.
  const [opened] = useState(() => ({
    title: channel?.title ?? '',
    agenda: channel?.consultation?.agenda ?? '',
    startsAt: channel?.consultation?.startsAt ?? '',
    endsAt: channel?.consultation?.endsAt ?? '',
  }));
  useUnsavedWork(() => {
    const source = channel?.title ?? t('form.createTitle');
    const label = (field: string) => tc('status.kept.label', { field, source });
    const field = (name: string) =>
      ref.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)
        ?.value ?? '';
    const title = field('title');
    const agenda = field('agenda');
    return [
      ...(title !== opened.title ? [{ label: label(t('form.title')), text: title }] : []),
      ...(agenda !== opened.agenda ? [{ label: label(t('form.agenda')), text: agenda }] : []),
    ];
  });
  // Typed or ticked since it opened: closing asks first (fourteenth QA pass: an agenda line
  // added, then a save failed offline, was gone after Escape without a word).
  const [isEdited, setIsEdited] = useState(false);
  const { requestClose, discardDialog } = useDiscardGuard(isEdited, onClose);
  // Focus starts on the first field, not on the × before it.
  useModalWhileMounted(ref, 'form input');

  const form = useFormSubmit(async (data) => {
    const startsAt = localInputToIso(textOf(data, 'startsAt'), timeZone) ?? '';
    const endsAt = localInputToIso(textOf(data, 'endsAt'), timeZone) ?? '';
    const errors = consultationChecks(data, timeZone);
    const meetingUrl = normalizeMeetingUrl(textOf(data, 'meetingUrl'));
    const [first] = Object.keys(errors);
    if (first || meetingUrl === null) {
      ref.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const body = {
      title: textOf(data, 'title'),
      startsAt,
      endsAt,
      agenda: textOf(data, 'agenda'),
      meetingUrl,
      expertIds: idsOf(data, 'expertIds'),
      expertEmails: textOf(data, 'expertEmails')
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
      coordinatorIds: idsOf(data, 'coordinatorIds'),
    };
    if (channel) {
      // Times left as they were when the form opened are not sent: a move someone else made
      // meanwhile stays (a change of the agenda moved it back, and said this person moved it).
      const isSameTime = (sent: string, was: string) => Date.parse(sent) === Date.parse(was);
      const { startsAt: _start, endsAt: _end, ...unmoved } = body;
      const isMoved = !isSameTime(startsAt, opened.startsAt) || !isSameTime(endsAt, opened.endsAt);
      onSaved((await updateConsultation(channel.id, isMoved ? body : unmoved)).data);
      return;
    }
    const sent = JSON.stringify(body);
    setFirstSent((first) => first ?? sent);
    const made = await createConsultation(partnershipId, { id, ...body }).catch(
      (thrown: unknown) => {
        // Refused (a 4xx answer): nothing was made, so the next "schedule" is a first one again.
        if (asApiError(thrown).code !== 'unavailable') setFirstSent(null);
        throw thrown;
      },
    );
    const isChanged = firstSent !== null && sent !== firstSent;
    onSaved(isChanged ? (await updateConsultation(made.data.id, body)).data : made.data);
  });
  // An error of the whole form (not of a field, which takes the focus) grows the form above its
  // buttons: they and the error stay in view.
  const actionsRef = useRef<HTMLDivElement>(null);
  const hasFormError = form.error !== null && Object.keys(form.fieldProblems).length === 0;
  useEffect(() => {
    if (hasFormError) actionsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [hasFormError]);
  // Translated when shown, so they follow a change of language like the browser's checks.
  const zone = timeZoneLabel(timeZone, new Date(), cities);
  const checkErrors = Object.fromEntries(
    Object.entries(checks).map(([name, check]) => [name, t(`form.${check}`, { timeZone: zone })]),
  );
  // The server names each refused address (`expertEmails.1`); the field says why in one line. An
  // address of a deactivated account is said as such: "register on the way" is a dead end there.
  const refusedEmails = Object.entries(form.fieldProblems).filter(([name]) =>
    name.startsWith('expertEmails.'),
  );
  const emailError: FieldErrors =
    refusedEmails.length === 0
      ? {}
      : {
          expertEmails: refusedEmails.some(([, problem]) => problem.kind === 'deactivated')
            ? tc('validation.deactivated')
            : t('form.expertEmailUnknown'),
        };
  const fieldErrors = { ...emailError, ...form.fieldErrors, ...checkErrors };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The nested "discard changes?" handles its own Escape.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        requestClose();
      }}
    >
      <DialogHeader
        titleId={titleId}
        title={channel ? t('form.editTitle') : t('form.createTitle')}
        onClose={requestClose}
      />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          separateWithCommas(event.currentTarget, 'expertEmails');
          // Shown together with the browser's checks, not only once those pass.
          setChecks(consultationChecks(new FormData(event.currentTarget), timeZone));
          form.onSubmit(event);
        }}
        onInput={() => setIsEdited(true)}
        onChange={(event) => {
          setIsEdited(true);
          const { target } = event;
          if (!(target instanceof HTMLInputElement)) return;
          // A changed time may mend the other one's error ("the end must be after the start").
          const changed = target.type === 'datetime-local' ? ['startsAt', 'endsAt'] : [target.name];
          setChecks((errors) =>
            changed.some((name) => name in errors)
              ? Object.fromEntries(
                  Object.entries(errors).filter(([name]) => !changed.includes(name)),
                )
              : errors,
          );
        }}
      >
        <ConsultationFields
          channel={channel}
          members={members}
          times={times}
          errors={fieldErrors}
        />
        {/* Beside the buttons: the form is scrolled to them when saving, and an error at its top
            (the server out of reach) was out of view, as if nothing had happened. */}
        <ErrorMessage error={form.error} />
        <div ref={actionsRef} className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={requestClose}>
            {tc('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            // Not `disabled`: the focus would fall out of the form while it is sent.
            aria-disabled={form.isSubmitting}
            aria-busy={form.isSubmitting}
          >
            {form.isSubmitting ? tc('common.saving') : channel ? t('form.save') : t('form.create')}
          </button>
        </div>
      </form>
      <DiscardChangesDialog {...discardDialog} />
    </dialog>
  );
}
