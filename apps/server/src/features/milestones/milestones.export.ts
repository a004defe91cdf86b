import { stringify } from 'csv-stringify/sync';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Milestone } from '@jumelage/contracts/milestones';
import type { Locale } from '@jumelage/contracts/constants';

const headers: Record<Locale, string[]> = {
  de: ['Titel', 'Status', 'Fällig am', 'Verantwortliche', 'Erledigt am', 'Beschreibung'],
  fr: ['Titre', 'Statut', 'Échéance', 'Responsables', 'Terminé le', 'Description'],
  ar: ['العنوان', 'الحالة', 'تاريخ الاستحقاق', 'المسؤولون', 'تاريخ الإنجاز', 'الوصف'],
  en: ['Title', 'Status', 'Due on', 'Owners', 'Completed on', 'Description'],
};

const statusLabels: Record<Locale, Record<Milestone['status'], string>> = {
  de: { planned: 'Geplant', in_progress: 'In Arbeit', done: 'Erledigt', blocked: 'Blockiert' },
  fr: { planned: 'Prévu', in_progress: 'En cours', done: 'Terminé', blocked: 'Bloqué' },
  ar: { planned: 'مخطط', in_progress: 'قيد التنفيذ', done: 'منجز', blocked: 'متوقف' },
  en: { planned: 'Planned', in_progress: 'In progress', done: 'Done', blocked: 'Blocked' },
};

/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Arabic and umlauts right) and the
 * list separator Excel expects in the viewer's language (semicolon where the decimal mark is a comma).
 */
export function milestonesCsv(milestones: Milestone[], ownerNames: Map<string, string>, locale: Locale): string {
  const delimiter = locale === 'de' || locale === 'fr' ? ';' : ',';
  const rows = milestones.map((m) => [
    m.title,
    statusLabels[locale][m.status],
    m.dueOn ?? '',
    m.ownerIds.map((id) => ownerNames.get(id) ?? '').filter(Boolean).join(', '),
    m.completedAt?.slice(0, 10) ?? '',
    m.description,
  ]);
  return '\uFEFF' + stringify([headers[locale], ...rows], { delimiter, record_delimiter: '\r\n', quoted_string: true });
}

/** An iCalendar feed of due dates as all-day events; UIDs are stable so calendar apps update in place. */
export function milestonesCalendar(partnershipName: string, milestones: Milestone[], publicUrl: string): string {
  const calendar = ical({ name: `Jumelage – ${partnershipName}`, method: ICalCalendarMethod.PUBLISH, prodId: '//Jumelage//Milestones//EN' });
  calendar.ttl(60 * 60);
  for (const milestone of milestones) {
    if (!milestone.dueOn) continue;
    const [year, month, day] = milestone.dueOn.split('-').map(Number);
    const start = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    calendar.createEvent({
      id: `milestone-${milestone.id}@jumelage`,
      start,
      allDay: true,
      summary: milestone.status === 'done' ? `✓ ${milestone.title}` : milestone.title,
      description: milestone.description,
      url: `${publicUrl}/p/${milestone.partnershipId}/milestones?milestone=${milestone.id}`,
      stamp: new Date(milestone.updatedAt),
    });
  }
  return calendar.toString();
}
