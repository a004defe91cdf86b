import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { Locale } from '@jumelage/contracts/constants';
import type { ChannelDoc } from './channels.model.ts';

/**
 * One consultation as an event. The UID stays the same and the sequence grows with every change,
 * so a calendar that reads it again after a change (new time, called off) updates the entry instead
 * of adding a second one. Times are UTC: every calendar app shows them in its own zone, which is
 * what partners in different zones need.
 */
function addConsultation(calendar: ICalCalendar, channel: ChannelDoc, openUrl: string): void {
  const consultation = channel.consultation;
  if (!consultation) throw new Error('addConsultation: not a consultation');
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
}

/** RFC 5545 ends every content line with CRLF, the last (END:VCALENDAR) too; ical-generator omits it. */
const withFinalLineBreak = (text: string) => (text.endsWith('\r\n') ? text : `${text}\r\n`);

/** One consultation as an iCalendar file, for "add to calendar". */
export function consultationCalendar(channel: ChannelDoc, openUrl: string): string {
  const calendar = ical({ method: ICalCalendarMethod.PUBLISH, prodId: '//Jumelage//Consultations//EN' });
  addConsultation(calendar, channel, openUrl);
  return withFinalLineBreak(calendar.toString());
}

const feedNames: Record<Locale, string> = {
  de: 'Jumelage – Konsultationen',
  fr: 'Jumelage – Consultations',
  ar: 'Jumelage – الاستشارات',
  en: 'Jumelage – Consultations',
};

/** All of one person's consultations as a feed a calendar app subscribes to (read again hourly). */
export function consultationsFeed(channels: ChannelDoc[], openUrl: (channel: ChannelDoc) => string, locale: Locale): string {
  const calendar = ical({ name: feedNames[locale], method: ICalCalendarMethod.PUBLISH, prodId: '//Jumelage//Consultations//EN' });
  calendar.ttl(60 * 60);
  for (const channel of channels) addConsultation(calendar, channel, openUrl(channel));
  return withFinalLineBreak(calendar.toString());
}
