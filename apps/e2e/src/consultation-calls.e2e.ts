import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composer, openPartnersChat, unfoldConsultation } from './chat.ts';
import { newContext, screenshot, startForFile } from './harness.ts';
import { consultationTexts as c, texts } from './locales.ts';
import { apiRequest } from './session.ts';

const started = startForFile();
const title = 'Bewässerung des Quartiersparks · Irrigation du parc';

describe('the video call of a consultation', () => {
  it('a scheduler adds its link, the partner sees it live, joins from there and adds it to the calendar', async () => {
    const { wolfsburg, jendouba, anna, karim } = await openPartnersChat(
      started.browser,
      started.app.url,
    );
    for (const page of [anna, karim]) {
      await page.getByRole('link', { name: new RegExp(title) }).click();
    }
    await composer(karim, 'fr', title).waitFor();
    const channelId = new URL(karim.url()).searchParams.get('channel') ?? '';

    // Something that is no address is refused in the form, with the field focused.
    await unfoldConsultation(anna);
    await anna.getByRole('button', { name: c.de.consultation.edit }).click();
    const field = anna.getByRole('textbox', { name: c.de.form.meetingUrl });
    await field.fill('Jitsi wie immer');
    await anna.getByRole('button', { name: c.de.form.save }).click();
    await anna.getByText(c.de.form.meetingUrlInvalid).waitFor();
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    // Pasted without https://, as people copy it from the address bar.
    await field.fill('meet.jit.si/Park-Wolfsburg');
    await anna.getByRole('button', { name: c.de.form.save }).click();
    await anna.getByRole('dialog').waitFor({ state: 'detached' });

    // The partner's page follows at once (the demo's own link was there before); the link opens
    // the call in a new tab.
    const join = karim.getByRole('link', { name: new RegExp(c.fr.consultation.join) });
    await expect
      .poll(() => join.getAttribute('href'), { timeout: 10_000 })
      .toBe('https://meet.jit.si/Park-Wolfsburg');
    expect(await join.textContent()).toContain('(meet.jit.si)');
    expect(await join.getAttribute('target')).toBe('_blank');
    expect(await join.getAttribute('rel')).toContain('noopener');
    expect(await join.getAttribute('class')).not.toContain('button--primary');

    // "Add to calendar": one event, in UTC, with the call as its place.
    const [download] = await Promise.all([
      karim.waitForEvent('download'),
      karim.getByRole('link', { name: c.fr.consultation.addToCalendar }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${title}.ics`);
    const calendar = await readFile(await download.path(), 'utf8');
    expect(calendar).toContain(`UID:consultation-${channelId}@jumelage`);
    expect(calendar).toContain('LOCATION:https://meet.jit.si/Park-Wolfsburg');
    expect(calendar).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    // While the consultation is live, joining is the main action.
    const now = Date.now();
    await apiRequest(anna, 'PATCH', `/api/channels/${channelId}`, {
      startsAt: new Date(now - 5 * 60_000).toISOString(),
      endsAt: new Date(now + 60 * 60_000).toISOString(),
    });
    await expect
      .poll(() => join.getAttribute('class'), { timeout: 10_000 })
      .toContain('button--primary');
    await screenshot(karim, 'consultation-live-call-fr');

    // Called off: no call to join and nothing to add to a calendar.
    await apiRequest(anna, 'PATCH', `/api/channels/${channelId}`, { cancelled: true });
    await join.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await karim.getByRole('link', { name: c.fr.consultation.addToCalendar }).count()).toBe(
      0,
    );
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
  });

  it('a partner subscribes to all their consultations; the calendar app reads the feed without a login', async () => {
    const { wolfsburg, jendouba, karim } = await openPartnersChat(started.browser, started.app.url);
    await karim.getByText(texts.fr.calendarFeed.title).click();
    await karim.getByRole('button', { name: texts.fr.calendarFeed.createLink }).click();
    const address = await karim
      .getByLabel(texts.fr.calendarFeed.link, { exact: true })
      .inputValue();
    expect(address).toMatch(/\/api\/consultations\.ics\?token=[A-Za-z0-9_-]{20,}$/);

    // A calendar app has no session: a context of its own, without cookies.
    const calendarApp = await newContext(started.browser);
    const feed = await calendarApp.context.request.get(address);
    expect(feed.status()).toBe(200);
    const body = await feed.text();
    expect(body).toContain(`SUMMARY:${title}`);
    expect(body).toContain('X-WR-CALNAME:Jumelage – Consultations');
    expect(
      (
        await calendarApp.context.request.get(
          address.replace(/token=.*/, `token=${'a'.repeat(32)}`),
        )
      ).status(),
    ).toBe(401);
    await calendarApp.context.close();
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });
});
