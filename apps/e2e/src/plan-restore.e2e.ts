import { describe, expect, it } from 'vitest';
import { apiRequest } from './session.ts';
import { isOfflineNoise, screenshot, startForFile } from './harness.ts';
import { anyValues, planTexts as p } from './locales.ts';
import {
  annaOnNewPlan,
  documentText,
  karimOpensPlan,
  newParagraphAtEnd,
  planEditor as editor,
  planStatus as status,
  waitForText,
} from './planEditor.ts';

// A restore while a partner is offline: what the partner typed into text the restore removed
// reaches the server after it. Yjs drops such text on arrival; the server puts it into the
// version the restore kept, and the partner's notice says so.

const started = startForFile();

describe('a restore while a partner is offline', () => {
  it('keeps what the partner typed offline into removed text in the kept version, and tells them', async () => {
    const { wolfsburg, anna, plan } = await annaOnNewPlan(
      started.browser,
      started.app.url,
      'Parkplan Bewässerung',
      'blank',
    );
    await editor(anna, 'de').click();
    await anna.keyboard.type('Wege aus Kies.');
    await status(anna, p.de.status.saved).waitFor();
    const saved = await apiRequest<{ id: string }>(anna, 'POST', `/api/plans/${plan.id}/versions`, {
      label: 'Nur Wege',
    });
    await newParagraphAtEnd(anna);
    await anna.keyboard.type('Bewässerung');
    await status(anna, p.de.status.saved).waitFor();

    const { jendouba, karim } = await karimOpensPlan(started.browser, started.app.url, anna.url());
    await waitForText(karim, 'Bewässerung', 5000);
    await jendouba.context.setOffline(true);
    await karim.locator('.plan-status--offline').waitFor();
    await karim.locator('.ProseMirror[role=textbox] > p').last().click();
    await karim.keyboard.press('End');
    await karim.keyboard.type(' par goutte-à-goutte');

    // Meanwhile Anna, her versions open, restores the version from before that paragraph.
    await anna.getByRole('button', { name: p.de.versions.title, exact: true }).click();
    await apiRequest(anna, 'POST', `/api/plans/${plan.id}/versions/${saved.id}/restore`);
    await anna.locator('.ProseMirror[role=textbox] > p', { hasText: 'Bewässerung' }).waitFor({
      state: 'detached',
    });

    await jendouba.context.setOffline(false);
    await karim.locator('.plan-status--saved').waitFor();
    await karim
      .locator('.ProseMirror[role=textbox] > p', { hasText: 'Bewässerung' })
      .waitFor({ state: 'detached' });
    // He learns why his sentence went, and where it is.
    await karim.getByText(anyValues(p.fr.versions.restoredBy)).waitFor();
    await karim.getByText(p.fr.versions.keptYours, { exact: false }).waitFor();
    await screenshot(karim, 'plan-restored-offline-fr');
    await karim.getByRole('button', { name: p.fr.versions.title, exact: true }).click();
    // The kept version names him as having written into it after the restore.
    expect(await karim.getByText(anyValues(p.fr.versions.lateBy)).textContent()).toContain(
      'Karim Ben Salah',
    );
    await karim
      .getByRole('button', {
        name: anyValues(p.fr.versions.viewLabel.replace('{{label}}', p.fr.versions.replaced)),
      })
      .click();
    await karim
      .locator('.version-dialog .plan-document')
      .getByText('Bewässerung par goutte-à-goutte')
      .waitFor({ timeout: 5000 });
    expect((await documentText(anna)).trim()).toBe('Wege aus Kies.');
    // Anna's open list says it too, without a reload.
    expect(await anna.getByText(anyValues(p.de.versions.lateBy)).textContent()).toContain(
      'Karim Ben Salah',
    );

    expect(wolfsburg.problems).toEqual([]);
    expect(jendouba.problems.filter((problem) => !isOfflineNoise(problem))).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });
});
