import type { Plan } from '@jumelage/contracts/plans';

export interface PreviewBlock {
  text: string;
  /** The language its writers marked; null or undefined for the plan's own. */
  language: Plan['locale'] | null | undefined;
}

/**
 * The blocks of a plan's preview, one per line of `textPreview`. A first block that only repeats
 * the title is left out: every template starts with the title as a heading, and the card already
 * shows the title right above the preview.
 */
export function previewBlocks(
  plan: Pick<Plan, 'title' | 'textPreview' | 'previewLanguages'>,
): PreviewBlock[] {
  if (!plan.textPreview) return [];
  const blocks = plan.textPreview
    .split('\n')
    .map((text, index) => ({ text, language: plan.previewLanguages?.[index] }));
  // The server collapses whitespace in the preview; a title keeps what was typed.
  const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
  return blocks[0] && collapsed(blocks[0].text) === collapsed(plan.title)
    ? blocks.slice(1)
    : blocks;
}

/** Whether a block ends as a sentence does (also in Arabic: "؟"), so that the next needs no mark. */
export const endsSentence = (text: string) => /[.!?:;…؟。][\s"'»”’)]*$/u.test(text);
