import { stringify } from 'csv-stringify/sync';
import type { OverviewRow } from '@jumelage/contracts/overview';

const headers: Record<string, string[]> = {
  de: ['Partnerschaft', 'Kommunen', 'Länder', 'Themen', 'Geplant', 'In Arbeit', 'Erledigt', 'Blockiert', 'Erledigt %', 'Überfällig', 'Nächste Fälligkeit', 'Letzte Aktivität', 'Ruhig'],
  fr: ['Partenariat', 'Communes', 'Pays', 'Thèmes', 'Prévus', 'En cours', 'Terminés', 'Bloqués', 'Terminé %', 'En retard', 'Prochaine échéance', 'Dernière activité', 'Calme'],
  ar: ['الشراكة', 'البلديات', 'الدول', 'المحاور', 'مخطط', 'قيد التنفيذ', 'منجز', 'متوقف', 'نسبة الإنجاز', 'متأخر', 'الاستحقاق القادم', 'آخر نشاط', 'هادئ'],
  en: ['Partnership', 'Municipalities', 'Countries', 'Themes', 'Planned', 'In progress', 'Done', 'Blocked', 'Done %', 'Overdue', 'Next due', 'Last activity', 'Quiet'],
};

/** The overview as a spreadsheet: UTF-8 with BOM, separator as Excel expects in the viewer's language. */
export function overviewCsv(rows: OverviewRow[], locale: string): string {
  const delimiter = locale === 'de' || locale === 'fr' ? ';' : ',';
  const lines = rows.map((row) => [
    row.partnership.name,
    row.partnership.municipalities.map((m) => m.name).join(' – '),
    row.partnership.municipalities.map((m) => m.country).join(' – '),
    row.partnership.themes.join(', '),
    row.counts.planned,
    row.counts.in_progress,
    row.counts.done,
    row.counts.blocked,
    row.percentDone,
    row.overdue,
    row.nextDue?.dueOn ?? '',
    row.lastActivityAt?.slice(0, 10) ?? '',
    row.isQuiet ? '1' : '0',
  ]);
  return '\uFEFF' + stringify([headers[locale] ?? headers.en ?? [], ...lines], { delimiter, record_delimiter: '\r\n' });
}
