import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const blocking: ImpactValue[] = ['serious', 'critical'];

/** One axe finding, short enough to read in a failed assertion. */
export interface Finding {
  page: string;
  rule: string;
  impact: ImpactValue | undefined;
  targets: string[];
  summary: string;
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now. The app's CSP (script-src
 * 'self') blocks `page.addScriptTag`, so axe is evaluated through the DevTools protocol instead:
 * the page keeps its real CSP while it is audited.
 */
export async function audit(page: Page, name: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results: AxeResults = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    wcagTags,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page: name,
      rule: violation.id,
      impact: node.impact ?? violation.impact,
      targets: node.target.map(String),
      summary: node.failureSummary?.split('\n').slice(0, 3).join(' ') ?? violation.help,
    })),
  );
}

export const isBlocking = (finding: Finding) =>
  finding.impact !== undefined && finding.impact !== null && blocking.includes(finding.impact);

declare global {
  interface Window {
    axe: typeof axe;
  }
}
