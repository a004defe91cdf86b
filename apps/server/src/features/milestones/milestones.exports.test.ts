import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { castForFile, parseIcs, serverForFile } from '@jumelage/test-utils';

const server = serverForFile();
const cast = castForFile(server);

beforeAll(async () => {
  const url = `/api/partnerships/${cast.partnership.id}/milestones`;
  await cast.owner.client.post(url, { title: 'Parkplanung; Entwurf "A"', dueOn: '2027-03-15', ownerIds: [cast.owner.id, cast.member.id] });
  await cast.owner.client.post(url, { title: 'تصميم الحديقة', dueOn: '2027-06-01', status: 'done', description: 'مع السكان\nin zwei Zeilen' });
  await cast.owner.client.post(url, { title: 'No date yet' });
});

describe('milestone exports', () => {
  it('exports CSV with a BOM, the viewer-language header and Arabic text intact', async () => {
    const response = await fetch(`${server.url}/api/partnerships/${cast.partnership.id}/milestones.csv?locale=de`, {
      headers: { cookie: cast.owner.client.cookieHeader ?? '' },
    });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="Wolfsburg-Jendouba-milestones.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parseCsv(new TextDecoder().decode(bytes.slice(3)), { delimiter: ';' });
    expect(rows[0]).toEqual(['Titel', 'Status', 'Fällig am', 'Verantwortliche', 'Erledigt am', 'Beschreibung']);
    const byTitle = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byTitle.get('Parkplanung; Entwurf "A"')).toEqual(['Parkplanung; Entwurf "A"', 'Geplant', '2027-03-15', 'Owner, Member', '', '']);
    expect(byTitle.get('تصميم الحديقة')?.slice(1, 3)).toEqual(['Erledigt', '2027-06-01']);
    expect(byTitle.get('تصميم الحديقة')?.[5]).toBe('مع السكان\nin zwei Zeilen');
    // Column by column, as on the board (not alphabetically by status).
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Geplant', 'Geplant', 'Erledigt']);
  });

  it('uses commas for English and Arabic spreadsheets', async () => {
    const response = await cast.owner.client.get<string>(`/api/partnerships/${cast.partnership.id}/milestones.csv?locale=ar`);
    const rows: string[][] = parseCsv(response.body.replace(/^\uFEFF/, ''), { delimiter: ',' });
    expect(rows[0]?.[0]).toBe('العنوان');
  });

  it('serves an iCalendar feed of due dates as all-day events, readable with a per-user calendar token', async () => {
    const issued = await cast.member.client.post<{ data: { token: string } }>('/api/users/me/calendar-token');
    const feedUrl = `${server.url}/api/partnerships/${cast.partnership.id}/milestones.ics?token=${issued.body.data.token}`;
    const response = await fetch(feedUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = parseIcs(text);
    expect(events).toHaveLength(2);
    const park = events.find((e) => e.SUMMARY?.includes('Parkplanung'));
    expect(park?.['DTSTART;VALUE=DATE']).toBe('20270315');
    expect(park?.UID).toMatch(/^milestone-[a-f0-9]{24}@jumelage$/);
    expect(events.find((e) => e.SUMMARY?.includes('تصميم'))?.SUMMARY).toBe('✓ تصميم الحديقة');

    // A new token replaces the old; a token never opens another partnership.
    await cast.member.client.post('/api/users/me/calendar-token');
    expect((await fetch(feedUrl)).status).toBe(401);
    const outsiderToken = (await cast.outsider.client.post<{ data: { token: string } }>('/api/users/me/calendar-token')).body.data.token;
    expect((await fetch(`${server.url}/api/partnerships/${cast.partnership.id}/milestones.ics?token=${outsiderToken}`)).status).toBe(404);
  });
});
