import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, startForFile } from './harness.ts';
import { planTexts as p, texts } from './locales.ts';
import { createPlan, planStatus as status } from './planEditor.ts';
import { apiRequest, demoAccount, demoPartnershipId, karimInJendouba, logIn } from './session.ts';

// Every plan opened in a browser leaves a copy of its text there (IndexedDB), so that it opens
// offline. Once its reader may no longer read the plan, the copy must not stay on the device.

const started = startForFile();

/** The plans of which the page's browser holds a copy. */
const plansWithCopies = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases())
      .flatMap(({ name }) => (name?.startsWith('jumelage:') ? [name.split(':plan:')[1]] : []))
      .sort(),
  );

/** The question the app asks the server about the copies it holds. */
const copiesQuestion = /\/api\/plans\?ids=/;

describe('plan copies on the device', () => {
  it('stay while their plan can be read, and go once it is deleted or its reader removed', async () => {
    const wolfsburg = await newContext(started.browser);
    const anna = await wolfsburg.context.newPage();
    await logIn(anna, started.app.url, 'de', demoAccount('anna.becker@wolfsburg.example'));
    const partnershipId = await demoPartnershipId(anna);
    const [kept, deleted] = [
      await createPlan(anna, partnershipId, { title: 'Spielplatz', templateKey: 'blank' }),
      await createPlan(anna, partnershipId, { title: 'Brunnen', templateKey: 'blank' }),
    ];
    const planUrl = (id: string) => `${started.app.url}/p/${partnershipId}/plans/${id}`;

    const { jendouba, karim } = await karimInJendouba(started.browser, started.app.url);
    const karimId = (await apiRequest<{ id: string }>(karim, 'GET', '/api/auth/me')).id;
    for (const plan of [deleted, kept]) {
      await karim.goto(planUrl(plan.id));
      await status(karim, p.fr.status.saved).waitFor();
    }
    const both = [kept.id, deleted.id].sort();
    expect(await plansWithCopies(karim)).toEqual(both);

    // The plan is deleted while Karim is elsewhere (an open plan is told, and drops its copy at
    // once). Without an answer from the server, nothing goes.
    await apiRequest(anna, 'DELETE', `/api/plans/${deleted.id}`);
    await karim.route(copiesQuestion, (route) => route.abort());
    const failed = karim.waitForEvent('requestfailed', (request) =>
      copiesQuestion.test(request.url()),
    );
    await karim.goto(started.app.url);
    await failed;
    expect(await plansWithCopies(karim)).toEqual(both);

    // With the answer, the copy of the deleted plan goes; the other stays.
    await karim.unroute(copiesQuestion);
    const answered = karim.waitForResponse(copiesQuestion);
    await karim.reload();
    await answered;
    await expect.poll(() => plansWithCopies(karim)).toEqual([kept.id]);

    // Removed from the partnership while its space is open: the space says so, and the copy goes.
    await karim.goto(`${started.app.url}/p/${partnershipId}/plans`);
    await karim.getByRole('link', { name: 'Spielplatz' }).waitFor();
    await apiRequest(anna, 'DELETE', `/api/partnerships/${partnershipId}/members/${karimId}`);
    await karim.getByRole('heading', { name: texts.fr.status.noLongerMember.title }).waitFor();
    await expect.poll(() => plansWithCopies(karim)).toEqual([]);

    const aborted = /ERR_FAILED/;
    expect(jendouba.problems.filter((problem) => !aborted.test(problem))).toEqual([]);
    expect(wolfsburg.problems).toEqual([]);
    await jendouba.context.close();
    await wolfsburg.context.close();
  });
});
