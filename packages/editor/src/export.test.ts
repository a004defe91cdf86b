import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { renderHtmlDocument, renderMarkdownDocument } from './export.ts';
import { getPlanSchema } from './schema.ts';
import { docFromState, docToNode, jsonToUpdate } from './yjs.ts';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const link = (href: string) => [{ type: 'link', attrs: { href } }];

const bilingual: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1, dir: 'ltr' }, content: [text('Projektplan <Abfall> & Wasser')] },
    { type: 'paragraph', attrs: { dir: 'rtl' }, content: [text('تعمل البلديتان معًا على إدارة النفايات.')] },
    { type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('Beide Kommunen arbeiten gemeinsam an der Abfallwirtschaft.')] },
    { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [text('Besuch in Jendouba')] }] }] },
    {
      type: 'paragraph',
      content: [text('Stadt', link('https://www.wolfsburg.de/')), text(' · '), text('Mail', link('mailto:partner@example.org')), text(' · '), text('böse', link('javascript:alert(1)'))],
    },
  ],
};

/** The bilingual document as the server sees it: stored in Yjs, read back as a ProseMirror node. */
const fromYjs = (json: JSONContent) => docToNode(docFromState(jsonToUpdate(json)));

describe('HTML export', () => {
  const html = renderHtmlDocument(fromYjs(bilingual), { title: 'Plan "A" <B>', locale: 'de' });

  it('is a standalone UTF-8 page in the plan language with print styles', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Plan &quot;A&quot; &lt;B&gt;</title>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('keeps Arabic paragraphs right to left beside German ones left to right', () => {
    expect(html).toContain('<p dir="rtl">تعمل البلديتان معًا على إدارة النفايات.</p>');
    expect(html).toContain('<p dir="ltr">Beide Kommunen arbeiten gemeinsam an der Abfallwirtschaft.</p>');
    expect(renderHtmlDocument(fromYjs(bilingual), { title: 'خطة', locale: 'ar' })).toContain('<html lang="ar" dir="rtl">');
  });

  it('escapes text and keeps only http, https and mailto links', () => {
    expect(html).toContain('Projektplan &lt;Abfall&gt; &amp; Wasser');
    expect(html).toContain('<a href="https://www.wolfsburg.de/" rel="noopener noreferrer nofollow">Stadt</a>');
    expect(html).toContain('<a href="mailto:partner@example.org"');
    expect(html).toContain('böse');
    expect(html).not.toContain('javascript:');
  });

  it('shows the state of task items', () => {
    expect(html).toMatch(/<input type="checkbox" disabled checked><div><p dir="auto">Besuch in Jendouba<\/p><\/div>/);
  });
});

describe('Markdown export', () => {
  const markdown = renderMarkdownDocument(fromYjs(bilingual), { title: 'Projektplan <Abfall> & Wasser', locale: 'de' });

  it('writes headings, both languages, task items and safe links', () => {
    expect(markdown).toContain('# Projektplan \\<Abfall\\> \\& Wasser\n');
    expect(markdown).toContain('تعمل البلديتان معًا على إدارة النفايات.');
    expect(markdown).toContain('Beide Kommunen arbeiten gemeinsam an der Abfallwirtschaft.');
    expect(markdown).toContain('- [x] Besuch in Jendouba');
    expect(markdown).toContain('[Stadt](https://www.wolfsburg.de/) · [Mail](mailto:partner@example.org) · böse');
    expect(markdown).not.toContain('javascript:');
  });

  it('treats typed Markdown as text', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [text('# not a heading *nor bold* [x](javascript:y)')] }] };
    expect(renderMarkdownDocument(getPlanSchema().nodeFromJSON(doc), { title: 'T', locale: 'en' })).toContain(
      '\\# not a heading \\*nor bold\\* \\[x\\](javascript:y)',
    );
  });
});
