import { describe, expect, it } from 'vitest';
import { loseResponses, startForFile } from './harness.ts';
import { consultationTexts as c, planTexts as p, texts } from './locales.ts';
import { planStatus } from './planEditor.ts';
import { apiRequest, karimInJendouba, openDemoPartnership } from './session.ts';

const started = startForFile();

// On an unstable link the answer to a create can be lost after the server made the thing. The
// page says it failed; the person presses the button again. That used to make a second plan,
// version or consultation, which the partner municipality saw too.

describe('creates whose answer is lost', () => {
  it('pressing "create" again gives the one plan and the one version the server made', async () => {
    const { jendouba, karim } = await karimInJendouba(started.browser, started.app.url);
    const partnershipId = await openDemoPartnership(karim);
    const plans = `/api/partnerships/${partnershipId}/plans`;
    const plansPattern = /\/api\/partnerships\/[a-f0-9]{24}\/plans$/;
    await loseResponses(karim, plansPattern, ['POST']);

    const title = 'Plan de gestion des déchets';
    await karim.getByRole('button', { name: p.fr.list.new }).click();
    const dialog = karim.getByRole('dialog');
    await dialog.getByLabel(p.fr.create.name).fill('Plan de gestion des déchet');
    await dialog.getByRole('button', { name: p.fr.create.submit }).click();
    await dialog.getByRole('alert').waitFor();
    await karim.unroute(plansPattern);
    // The title is corrected before "create" again: the plan the first one made takes it (it kept
    // the first title).
    await dialog.getByLabel(p.fr.create.name).fill(title);
    await dialog.getByRole('button', { name: p.fr.create.submit }).click();
    await karim.waitForURL(/\/plans\/[a-f0-9]{24}$/);
    await planStatus(karim, p.fr.status.saved).waitFor();
    // The page's heading and the document's title heading both say it; the document's headings
    // are read one level below the page's (aria-level; Playwright reads the tag's level).
    await expect.poll(() => karim.getByRole('heading', { name: title, level: 1 }).count()).toBe(2);
    const documentTitle = karim.locator('.ProseMirror[role=textbox] h1');
    expect(await documentTitle.getAttribute('aria-level')).toBe('2');
    const stored = await apiRequest<Array<{ id: string; title: string }>>(karim, 'GET', plans);
    const made = stored.filter((plan) => plan.title.startsWith('Plan de gestion des déchet'));
    expect(made.map((plan) => plan.title)).toEqual([title]);
    expect(karim.url()).toContain(`/plans/${made[0]?.id}`);

    // The same for a named version of it.
    const versions = new RegExp(`/api/plans/${made[0]?.id}/versions$`);
    await loseResponses(karim, versions, ['POST']);
    await karim.getByRole('button', { name: p.fr.versions.title, exact: true }).click();
    const label = 'Avant le conseil municipal';
    await karim.getByLabel(p.fr.versions.labelField).fill('Avant le conseil municpal');
    await karim.getByRole('button', { name: p.fr.versions.save }).click();
    await karim.locator('.plan-versions').getByRole('alert').waitFor();
    await karim.unroute(versions);
    // Its name too is corrected before "save" again: the version the first one made takes it.
    await karim.getByLabel(p.fr.versions.labelField).fill(label);
    await karim.getByRole('button', { name: p.fr.versions.save }).click();
    await karim.getByText(p.fr.versions.saved.replace('{{label}}', label)).waitFor();
    const listed = await apiRequest<Array<{ label: string }>>(
      karim,
      'GET',
      `/api/plans/${made[0]?.id}/versions`,
    );
    expect(listed.map((version) => version.label)).toEqual([label]);
    expect(await karim.locator('.plan-versions li').allInnerTexts()).toEqual([
      expect.stringContaining(label),
    ]);
    await jendouba.context.close();
  });

  it('pressing "schedule" again gives the one consultation the server made', async () => {
    const { jendouba, karim } = await karimInJendouba(started.browser, started.app.url);
    const partnershipId = await openDemoPartnership(karim);
    await karim.getByRole('link', { name: texts.fr.space.tabs.consultations }).click();
    const channels = /\/api\/partnerships\/[a-f0-9]{24}\/channels$/;
    await loseResponses(karim, channels, ['POST']);

    const title = 'Tri des déchets au quartier';
    await karim.getByRole('button', { name: c.fr.channels.create }).click();
    const dialog = karim.getByRole('dialog');
    await dialog.getByLabel(c.fr.form.title).fill(title);
    await dialog.getByLabel(c.fr.form.startsAt).fill('2030-05-14T08:30');
    await dialog.getByLabel(c.fr.form.endsAt).fill('2030-05-14T10:00');
    await dialog.getByRole('button', { name: c.fr.form.create }).click();
    await dialog.getByRole('alert').waitFor();
    await karim.unroute(channels);
    // An hour longer, decided before "schedule" again: the consultation made first takes it.
    await dialog.getByLabel(c.fr.form.endsAt).fill('2030-05-14T11:00');
    await dialog.getByRole('button', { name: c.fr.form.create }).click();
    await karim.getByRole('heading', { name: title }).waitFor();
    const stored = await apiRequest<Array<{ title: string; consultation: { endsAt: string } }>>(
      karim,
      'GET',
      `/api/partnerships/${partnershipId}/channels`,
    );
    const made = stored.filter((channel) => channel.title === title);
    expect(made).toHaveLength(1);
    // Karim's time zone is Tunis (UTC+1): 11:00 there.
    expect(made[0]?.consultation.endsAt).toBe('2030-05-14T10:00:00.000Z');
    expect(await karim.getByRole('link', { name: new RegExp(title) }).count()).toBe(1);
    await jendouba.context.close();
  });
});
