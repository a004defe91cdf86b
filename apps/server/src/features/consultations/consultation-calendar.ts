import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ChannelDoc } from './channels.model.ts';

/**
 * One consultation as an iCalendar file, for "add to calendar". The UID stays the same and the
 * sequence grows with every change, so importing the file again after a change (new time, called
 * off) updates the entry instead of adding a second one. Times are UTC: every calendar app shows
 * them in its own zone, which is what partners in different zones need.
 */
export function consultationCalendar(channel: ChannelDoc, openUrl: string): string {
  const consultation = channel.consultation;
  if (!consultation) throw new Error('consultationCalendar: not a consultation');
  const calendar = ical({ method: ICalCalendarMethod.PUBLISH, prodId: '//Jumelage//Consultations//EN' });
  const { meetingUrl, agenda } = consultation;
  const description = [agenda.trim(), meetingUrl, openUrl].filter(Boolean).join('\n\n');
  calendar.createEvent({
    id: `consultation-${channel.id}@jumelage`,
    sequence: Math.max(0, Math.floor((channel.updatedAt.getTime() - channel.createdAt.getTime()) / 1000)),
    start: consultation.startsAt,
    end: consultation.endsAt,
    summary: channel.title,
    description,
    location: meetingUrl || null,
    url: meetingUrl || openUrl,
    status: consultation.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    stamp: channel.updatedAt,
  });
  return calendar.toString();
}
