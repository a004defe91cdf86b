import { describe, expect, it } from 'vitest';
import { column } from './board.ts';
import { loseResponses, startForFile } from './harness.ts';
import { milestoneTexts as m, texts } from './locales.ts';
import { apiRequest, demoPartnershipId, karimInJendouba, openDemoPartnership } from './session.ts';

const started = startForFile();

describe('milestone changes whose answer is lost', () => {
  it('shows a create and a move the server made, and makes no second milestone when "add" is pressed again', async () => {
    const { jendouba, karim } = await karimInJendouba(started.browser, started.app.url);
    await openDemoPartnership(karim);
    await karim.getByRole('link', { name: texts.fr.space.tabs.milestones }).click();
    await column(karim, 'planned').waitFor();
    // The link drops as each answer comes back: the server made the change, the browser never
    // hears. Karim's board stayed without the new card and then showed it twice after "add"
    // again; a move went back and said so while it had been made.
    await loseResponses(karim, /\/milestones(\/[a-f0-9]{24})?$/, ['POST', 'PATCH']);

    const title = 'Réunion publique à Jendouba';
    await karim.getByRole('button', { name: m.fr.board.new }).click();
    const dialog = karim.getByRole('dialog', { name: m.fr.form.createTitle });
    await dialog.getByLabel(m.fr.fields.title).fill(title);
    await dialog.getByRole('button', { name: m.fr.form.create }).click();
    await dialog.getByRole('alert').waitFor();
    // The board behind the dialog shows it all the same: the server made it.
    const cards = karim.locator('.milestone-card', { hasText: title });
    await cards.first().waitFor({ state: 'attached' });
    // "Add" again, as the error says: the same milestone, not a second one.
    await dialog.getByRole('button', { name: m.fr.form.create }).click();
    await expect.poll(() => cards.count()).toBe(1);
    const board = `/api/partnerships/${await demoPartnershipId(karim)}/milestones`;
    const stored = await apiRequest<Array<{ title: string }>>(karim, 'GET', board);
    expect(stored.filter((milestone) => milestone.title === title)).toHaveLength(1);

    // Moved by its menu; the answer is lost, the move made.
    await dialog.getByRole('button', { name: texts.fr.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    await karim
      .getByRole('button', { name: m.fr.card.moveMenuLabel.replace('{{title}}', title) })
      .click();
    await karim
      .getByRole('button', {
        name: m.fr.card.moveTo.replace('{{column}}', m.fr.status.in_progress),
      })
      .click();
    await column(karim, 'in_progress').locator('.milestone-card', { hasText: title }).waitFor();
    // It stays there, without a word that it went back.
    const failed = m.fr.board.moveFailed.replace('{{title}}', title);
    await expect.poll(() => karim.getByText(failed).count()).toBe(0);
    expect(
      await column(karim, 'in_progress').locator('.milestone-card', { hasText: title }).count(),
    ).toBe(1);
    await jendouba.context.close();
  });
});
