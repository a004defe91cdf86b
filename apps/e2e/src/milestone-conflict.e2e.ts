import { describe, expect, it } from 'vitest';
import { card, column, moveToInProgressByKeyboard } from './board.ts';
import { newContext, startForFile } from './harness.ts';
import { milestoneTexts as m, texts } from './locales.ts';
import {
  apiRequest,
  demoAccount,
  demoMilestone,
  demoPartnershipId,
  logIn,
  openDemoPartnership,
} from './session.ts';

const started = startForFile();

describe('a milestone changed by two people at once', () => {
  it('shows the other change beside one’s own, with its entry in the history, and merges on "keep mine"; its plan is a link away', async () => {
    const wolfsburg = await newContext(started.browser, {
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    await openDemoPartnership(anna);
    await anna.getByRole('link', { name: texts.de.space.tabs.milestones }).click();
    // The card names the plan it is linked to (it said "linked plan", not which).
    await anna
      .locator('.milestone-card', { hasText: demoMilestone })
      .getByText(`${m.de.card.plan} Quartierspark`)
      .waitFor();
    await card(anna, demoMilestone).click();
    await anna.getByRole('dialog', { name: demoMilestone }).waitFor();
    // The only dialog; once saved, it takes the title the milestone then has.
    const dialog = anna.getByRole('dialog');
    const history = dialog.locator('.activity__item');
    await history.first().waitFor();
    const entries = await history.count();
    // Anna adds to the description and has not saved yet.
    const description = dialog.getByLabel(m.de.fields.description);
    await description.fill(`${await description.inputValue()} Zisterne: 20 m³.`);

    // Meanwhile Karim renames it in Jendouba.
    const jendouba = await newContext(started.browser, {
      locale: 'fr-FR',
      timezoneId: 'Africa/Tunis',
    });
    const karim = await jendouba.context.newPage();
    await logIn(karim, started.app.url, 'fr', demoAccount('karim.bensalah@jendouba.example'));
    const board = `/api/partnerships/${await demoPartnershipId(karim)}/milestones`;
    const milestones = await apiRequest<Array<{ id: string; title: string; version: number }>>(
      karim,
      'GET',
      board,
    );
    const target = milestones.find((milestone) => milestone.title === demoMilestone);
    const renamed = 'Bewässerungskonzept mit Zisterne · Concept d’irrigation';
    await apiRequest(karim, 'PATCH', `/api/milestones/${target?.id}`, {
      version: target?.version,
      title: renamed,
    });

    // Anna is told at once, sees his title beside hers, and his change is in the history.
    const notice = dialog.getByRole('alert').filter({ hasText: m.de.conflict.title });
    await notice.getByText(renamed).waitFor();
    await history
      .filter({ hasText: m.de.activity.updated.replace('{{name}}', 'Karim Ben Salah') })
      .waitFor();
    expect(await history.count()).toBe(entries + 1);
    // The form already shows what either choice keeps: his title, her description.
    expect(await dialog.getByLabel(m.de.fields.title).inputValue()).toBe(renamed);
    expect(await description.inputValue()).toContain('Zisterne: 20 m³.');

    // Keeping hers (by keyboard) saves her description on top of his title; the focus goes back
    // to the form (it fell to the page body with the notice's buttons).
    await notice.getByRole('button', { name: m.de.conflict.keepMine }).focus();
    await anna.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: texts.de.common.saved }).waitFor();
    expect(
      await dialog
        .getByLabel(m.de.fields.title)
        .evaluate((input) => input === document.activeElement),
    ).toBe(true);
    await expect.poll(() => history.count()).toBe(entries + 2);
    const saved = await apiRequest<Array<{ id: string; title: string; description: string }>>(
      karim,
      'GET',
      board,
    );
    expect(saved.find((milestone) => milestone.id === target?.id)).toMatchObject({
      title: renamed,
      description: expect.stringContaining('Zisterne: 20 m³.'),
    });

    // Karim renames the plan: the card behind the dialog names it by its new title at once.
    const plans = await apiRequest<Array<{ id: string; title: string }>>(
      karim,
      'GET',
      `/api/partnerships/${await demoPartnershipId(karim)}/plans`,
    );
    const plan = plans.find(({ title }) => title === 'Quartierspark');
    expect(plan).toBeDefined();
    await apiRequest(karim, 'PATCH', `/api/plans/${plan?.id}`, { title: 'Quartierspark Jendouba' });
    await anna
      .locator('.milestone-card', { hasText: renamed })
      .getByText(`${m.de.card.plan} Quartierspark Jendouba`)
      .waitFor();

    // The milestone leads to the plan that details it.
    await dialog.getByRole('link', { name: m.de.detail.openPlan }).click();
    await anna.locator('h1.page-heading', { hasText: 'Quartierspark' }).waitFor();
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('a card dropped after someone else moved it during the drag does not undo their move', async () => {
    const wolfsburg = await newContext(started.browser, { locale: 'de-DE' });
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const partnershipId = await demoPartnershipId(anna);
    const title = 'Spielgeräte bestellen';
    const made = await apiRequest<{ id: string; version: number }>(
      anna,
      'POST',
      `/api/partnerships/${partnershipId}/milestones`,
      { title },
    );
    // While a card is held the board draws it where the drag put it, so what arrives is seen in
    // the socket's frames instead.
    const heardMove = new Promise<void>((resolve) => {
      anna.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => {
          const frame = String(payload);
          if (frame.includes('milestone:updated') && frame.includes('"blocked"')) resolve();
        }),
      );
    });
    await anna.goto(`${started.app.url}/p/${partnershipId}/milestones`);
    const planned = column(anna, 'planned').locator('.milestone-card');
    await planned.filter({ hasText: title }).waitFor();
    const titles = await planned.allInnerTexts();
    const from = {
      position: titles.findIndex((text) => text.includes(title)) + 1,
      total: titles.length,
    };

    const jendouba = await newContext(started.browser, { locale: 'fr-FR' });
    const karim = await jendouba.context.newPage();
    await logIn(karim, started.app.url, 'fr', demoAccount('karim.bensalah@jendouba.example'));
    // Karim moves it to "blocked" while Anna holds it; she drops it in "in progress".
    await moveToInProgressByKeyboard(anna, 'de', title, from, async () => {
      await apiRequest(karim, 'PATCH', `/api/milestones/${made.id}`, {
        version: made.version,
        status: 'blocked',
      });
      await heardMove;
    });

    // Her drop was made on what she picked up: it is refused as a conflict, and Karim's move
    // stands (it used to be undone without a word).
    await anna
      .getByRole('alert')
      .filter({ hasText: m.de.board.conflict.replace('{{title}}', title) })
      .waitFor();
    await column(anna, 'blocked').getByRole('button', { name: title, exact: true }).waitFor();
    const stored = await apiRequest<{ status: string }>(karim, 'GET', `/api/milestones/${made.id}`);
    expect(stored.status).toBe('blocked');

    expect(wolfsburg.problems.filter((problem) => !problem.includes('409'))).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('keeps what was typed in view when someone else deletes the milestone', async () => {
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const partnershipId = await demoPartnershipId(anna);
    const made = await apiRequest<{ id: string; version: number }>(
      anna,
      'POST',
      `/api/partnerships/${partnershipId}/milestones`,
      { title: 'Baumpflanzaktion' },
    );
    await anna.goto(`${started.app.url}/p/${partnershipId}/milestones?milestone=${made.id}`);
    const dialog = anna.getByRole('dialog', { name: 'Baumpflanzaktion' });
    await dialog.getByLabel(m.de.fields.description).fill('Mit der Schule im Quartier.');

    const jendouba = await newContext(started.browser, { locale: 'fr-FR' });
    const karim = await jendouba.context.newPage();
    await logIn(karim, started.app.url, 'fr', demoAccount('karim.bensalah@jendouba.example'));
    await apiRequest(karim, 'DELETE', `/api/milestones/${made.id}?version=${made.version}`);

    await dialog.getByRole('alert').filter({ hasText: m.de.detail.deletedUnsavedShown }).waitFor();
    await dialog.getByText('Mit der Schule im Quartier.').waitFor();
    // Closing asks first: what is shown goes with the dialog.
    await anna.keyboard.press('Escape');
    await anna.getByRole('button', { name: texts.de.discardChanges.confirm, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });

  it('keeps what was typed in view when the editor is made an observer meanwhile', async () => {
    const jendouba = await newContext(started.browser, { locale: 'fr-FR' });
    const karim = await jendouba.context.newPage();
    await logIn(karim, started.app.url, 'fr', demoAccount('karim.bensalah@jendouba.example'));
    const partnershipId = await demoPartnershipId(karim);
    const made = await apiRequest<{ id: string }>(
      karim,
      'POST',
      `/api/partnerships/${partnershipId}/milestones`,
      { title: 'Fontaine du parc' },
    );
    await karim.goto(`${started.app.url}/p/${partnershipId}/milestones?milestone=${made.id}`);
    const dialog = karim.getByRole('dialog', { name: 'Fontaine du parc' });
    const description = dialog.getByLabel(m.fr.fields.description);
    await description.fill('Devis de trois entreprises.');
    await description.focus();

    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const karimId = await karim.evaluate(
      async () => (await (await fetch('/api/auth/me')).json()).data.id,
    );
    const members = `/api/partnerships/${partnershipId}/members/${karimId}`;
    await apiRequest(anna, 'PATCH', members, { role: 'observer' });

    // The form goes (he may only read now), what he typed stays in view, and the notice that
    // says why has the focus (the text was dropped and the focus fell to the page).
    const notice = dialog.getByRole('alert').filter({ hasText: m.fr.detail.readOnlyNow });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(m.fr.detail.deletedUnsavedShown);
    await dialog.getByText('Devis de trois entreprises.').waitFor();
    expect(await notice.evaluate((element) => element === document.activeElement)).toBe(true);
    await karim.keyboard.press('Escape');
    await karim
      .getByRole('button', { name: texts.fr.discardChanges.confirm, exact: true })
      .waitFor();

    await apiRequest(anna, 'PATCH', members, { role: 'member' });
    expect([...wolfsburg.problems, ...jendouba.problems]).toEqual([]);
    await Promise.all([wolfsburg.context.close(), jendouba.context.close()]);
  });
});
