import { stringify } from 'csv-stringify/sync';
import { asLocale, type Locale } from '@jumelage/contracts/constants';
import type { OverviewRow } from '@jumelage/contracts/overview';
import { statusLabels, themeLabels } from './export-labels.ts';

const headers: Record<Locale, string[]> = {
  de: ['Partnerschaft', 'Kommunen', 'Länder', 'Themen', 'Status', 'Geplant', 'In Arbeit', 'Erledigt', 'Blockiert', 'Erledigt %', 'Überfällig', 'Nächste Fälligkeit', 'Letzte Aktivität', 'Ruhig'],
  fr: ['Partenariat', 'Communes', 'Pays', 'Thèmes', 'Statut', 'Prévus', 'En cours', 'Terminés', 'Bloqués', 'Terminé %', 'En retard', 'Prochaine échéance', 'Dernière activité', 'Calme'],
  ar: ['الشراكة', 'البلديات', 'الدول', 'المحاور', 'الحالة', 'مخطط', 'قيد التنفيذ', 'منجز', 'متوقف', 'نسبة الإنجاز', 'متأخر', 'الاستحقاق القادم', 'آخر نشاط', 'هادئ'],
  en: ['Partnership', 'Municipalities', 'Countries', 'Themes', 'Status', 'Planned', 'In progress', 'Done', 'Blocked', 'Done %', 'Overdue', 'Next due', 'Last activity', 'Quiet'],
};

/**
 * The overview as a spreadsheet: UTF-8 with BOM, separator as Excel expects in the viewer's language,
 * countries, themes and statuses named in it (not as codes).
 */
export function overviewCsv(rows: OverviewRow[], viewerLocale: string): string {
  const locale = asLocale(viewerLocale);
  const delimiter = locale === 'de' || locale === 'fr' ? ';' : ',';
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const lines = rows.map((row) => [
    row.partnership.name,
    row.partnership.municipalities.map((m) => m.name).join(' – '),
    row.partnership.municipalities.map((m) => countries.of(m.country)).join(' – '),
    row.partnership.themes.map((theme) => themeLabels[locale][theme]).join(', '),
    statusLabels[locale][row.partnership.status],
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
  return '\uFEFF' + stringify([headers[locale], ...lines], { delimiter, record_delimiter: '\r\n' });
}
