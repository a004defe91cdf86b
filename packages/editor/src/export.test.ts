import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { renderHtmlDocument, renderMarkdownDocument } from './export.ts';
import { printStyles } from './export/styles.ts';
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
      content: [text('Stadt', link('https://www.wolfsburg.de/')), text(' · '), text('Mail', link('mailto:partner@example.org')), text(' · '), text('böse', link('javascript:alert(1)')), text(' · '), text('www.wolfsburg.de', link('https://www.wolfsburg.de/'))],
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

  it('keeps Arabic paragraphs right to left beside German ones left to right, each read in its language', () => {
    expect(html).toContain('<p dir="rtl" lang="ar">تعمل البلديتان معًا على إدارة النفايات.</p>');
    expect(html).toContain('<p dir="ltr">Beide Kommunen arbeiten gemeinsam an der Abfallwirtschaft.</p>');
    const arabicPlan = renderHtmlDocument(fromYjs(bilingual), { title: 'خطة', locale: 'ar' });
    expect(arabicPlan).toContain('<html lang="ar" dir="rtl">');
    // In an Arabic plan the page's language already says it; Latin letters do not tell German from French.
    expect(arabicPlan).toContain('<p dir="rtl">تعمل البلديتان');
    expect(arabicPlan).not.toMatch(/<(p|h\d)[^>]* lang=/);
  });

  it('marks an Arabic heading in a French plan and keeps heading levels', () => {
    const doc: JSONContent = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('الأهداف')] }] };
    expect(renderHtmlDocument(fromYjs(doc), { title: 'Plan', locale: 'fr' })).toContain('<h2 dir="auto" lang="ar">الأهداف</h2>');
  });

  it('reads each paragraph marked with a language in that language; Latin text in an Arabic plan can be marked too', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { lang: 'fr' }, content: [text('Les deux communes planifient le parc ensemble.')] },
        { type: 'heading', attrs: { level: 2, lang: 'de' }, content: [text('Zeitplan')] },
        // Marked with the plan's own language, or with a value that is none of ours: nothing to say.
        { type: 'paragraph', attrs: { lang: 'ar' }, content: [text('حديقة الحي')] },
        { type: 'paragraph', attrs: { lang: '" onmouseover="alert(1)' }, content: [text('Sans langue')] },
      ],
    };
    const arabicPlan = renderHtmlDocument(fromYjs(doc), { title: 'خطة', locale: 'ar' });
    expect(arabicPlan).toContain('<p dir="auto" lang="fr">Les deux communes planifient le parc ensemble.</p>');
    expect(arabicPlan).toContain('<h2 dir="auto" lang="de">Zeitplan</h2>');
    expect(arabicPlan).toContain('<p dir="auto">حديقة الحي</p>');
    expect(arabicPlan).toContain('<p dir="auto">Sans langue</p>');
    expect(arabicPlan).not.toContain('onmouseover');
    // In a French plan the French paragraph is the plan's language; the marked Arabic one stays Arabic.
    const frenchPlan = renderHtmlDocument(fromYjs(doc), { title: 'Plan', locale: 'fr' });
    expect(frenchPlan).toContain('<p dir="auto">Les deux communes');
    expect(frenchPlan).toContain('<p dir="auto" lang="ar">حديقة الحي</p>');
  });

  it('escapes text and keeps only http, https and mailto links', () => {
    expect(html).toContain('Projektplan &lt;Abfall&gt; &amp; Wasser');
    // On paper, a link's address follows its text, unless the text already is that address.
    expect(html).toContain('<a href="https://www.wolfsburg.de/" data-print-address="https://www.wolfsburg.de/" rel="noopener noreferrer nofollow">Stadt</a>');
    expect(html).toContain('<a href="mailto:partner@example.org" data-print-address="partner@example.org"');
    expect(html).toContain('<a href="https://www.wolfsburg.de/" rel="noopener noreferrer nofollow">www.wolfsburg.de</a>');
    expect(html).toContain('böse');
    expect(html).not.toContain('javascript:');
  });

  it('prints the state of task items as a box character named in the plan language', () => {
    expect(html).toContain('<span class="task-state" role="img" aria-label="erledigt">☑</span><div><p dir="auto">Besuch in Jendouba</p></div>');
    expect(html).not.toContain('<input');
  });
});

describe('HTML export of lists and tables in both directions', () => {
  const paragraph = (value: string, dir = 'auto'): JSONContent => ({ type: 'paragraph', attrs: { dir }, content: value ? [text(value)] : [] });
  const item = (type: string, value: string, dir?: string): JSONContent => ({ type, attrs: type === 'taskItem' ? { checked: false } : {}, content: [paragraph(value, dir)] });
  const cell = (value: string, dir?: string): JSONContent => ({ type: 'tableCell', content: [paragraph(value, dir)] });
  const mixed: JSONContent = {
    type: 'doc',
    content: [
      { type: 'bulletList', content: [item('listItem', 'جمع النفايات', 'rtl'), item('listItem', 'إعادة التدوير', 'rtl')] },
      { type: 'bulletList', content: [item('listItem', 'Mülltrennung', 'ltr'), { type: 'listItem', attrs: { dir: 'rtl' }, content: [paragraph('Recycling')] }, item('listItem', '')] },
      { type: 'orderedList', content: [item('listItem', '— زيارة فولفسبورغ')] },
      { type: 'taskList', content: [item('taskItem', 'تقرير', 'rtl')] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('المهمة', 'rtl'), cell('')] }] },
    ],
  };
  const html = renderHtmlDocument(fromYjs(mixed), { title: 'خطة', locale: 'ar' });

  it('runs each list, item and table in the direction of its content, so bullets sit next to their text', () => {
    expect(html).toContain('<ul dir="rtl"><li dir="rtl"><p dir="rtl">جمع النفايات</p></li>');
    expect(html).toContain('<ul dir="ltr"><li dir="ltr"><p dir="ltr">Mülltrennung</p></li>');
    expect(html).toContain('<ol dir="rtl"><li dir="rtl"><p dir="auto">— زيارة فولفسبورغ</p></li></ol>');
    expect(html).toContain('<ul dir="rtl" data-type="taskList"><li data-type="taskItem" dir="rtl">');
    expect(html).toMatch(/<table dir="rtl"[^>]*>.*<tr dir="rtl"><td dir="rtl"[^>]*><p dir="rtl">المهمة<\/p><\/td><td colspan/);
  });

  it('keeps a direction set on an item and lets an empty item inherit its list’s', () => {
    expect(html).toContain('<li dir="rtl"><p dir="auto">Recycling</p></li><li><p dir="auto"></p></li></ul>');
    expect(html).not.toContain('dir="auto"><li');
  });

  it('prints with logical sides only and gives empty table cells the height of a line', () => {
    expect(printStyles).not.toMatch(/\b(left|right)\b/);
    expect(printStyles).toContain('li { margin-inline-start: 1.6em; }');
    expect(printStyles).toContain(':is(th, td) > p:empty::after { content: "\\00a0"; }');
  });
});

describe('export title', () => {
  const heading = (level: number, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });
  const edited = fromYjs({ type: 'doc', content: [heading(1, 'Quartierspark Projektplan Karim écrit ici.'), heading(2, 'Ausgangslage')] });
  const blank = fromYjs({ type: 'doc', content: [{ type: 'paragraph' }] });
  const startsWithSection = fromYjs({ type: 'doc', content: [heading(2, 'Ausgangslage')] });
  const meta = { title: 'Quartierspark Projektplan', locale: 'de' } as const;

  it('exports a document that starts with a level-1 heading as it is', () => {
    expect(renderMarkdownDocument(edited, meta)).toBe('# Quartierspark Projektplan Karim écrit ici.\n\n## Ausgangslage\n');
    const html = renderHtmlDocument(edited, meta);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<title>Quartierspark Projektplan</title>');
  });

  it('adds the plan title as the level-1 heading otherwise, in both formats', () => {
    expect(renderMarkdownDocument(blank, meta)).toBe('# Quartierspark Projektplan\n');
    expect(renderHtmlDocument(blank, meta)).toContain('<main><h1 dir="auto">Quartierspark Projektplan</h1><p dir="auto"></p></main>');
    expect(renderMarkdownDocument(startsWithSection, meta)).toBe('# Quartierspark Projektplan\n\n## Ausgangslage\n');
    expect(renderHtmlDocument(startsWithSection, { title: '<Park> & "Plan"', locale: 'de' })).toContain('<h1 dir="auto">&lt;Park&gt; &amp; "Plan"</h1><h2');
  });
});

describe('Markdown export', () => {
  const markdown = renderMarkdownDocument(fromYjs(bilingual), { title: 'Projektplan <Abfall> & Wasser', locale: 'de' });

  it('writes headings, both languages, task items and safe links', () => {
    expect(markdown).toContain('# Projektplan \\<Abfall\\> \\& Wasser\n');
    expect(markdown).toContain('تعمل البلديتان معًا على إدارة النفايات.');
    expect(markdown).toContain('Beide Kommunen arbeiten gemeinsam an der Abfallwirtschaft.');
    expect(markdown).toContain('* [x] Besuch in Jendouba');
    expect(markdown).toContain('[Stadt](https://www.wolfsburg.de/) · [Mail](mailto:partner@example.org) · böse');
    expect(markdown).not.toContain('javascript:');
  });

  it('keeps spaces outside emphasis delimiters, so every emphasis closes, inside words too', () => {
    const paragraph = [
      text('Lien : ', [{ type: 'italic' }]),
      text('Park'),
      text('anlage', [{ type: 'bold' }]),
      text(' alt ', [{ type: 'strike' }]),
      text('beides', [{ type: 'bold' }, { type: 'italic' }]),
      text(' ', [{ type: 'italic' }]),
    ];
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: paragraph }] };
    expect(renderMarkdownDocument(getPlanSchema().nodeFromJSON(doc), { title: 'T', locale: 'fr' })).toContain(
      '*Lien :* Park**anlage** ~~alt~~ ***beides***\n',
    );
  });

  it('keeps a line break inside bold text a line break', () => {
    const bold = [{ type: 'bold' }];
    const paragraph = [text('erste', bold), { type: 'hardBreak', marks: bold }, text('zweite', bold)];
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: paragraph }] };
    expect(renderMarkdownDocument(getPlanSchema().nodeFromJSON(doc), { title: 'T', locale: 'de' })).toContain(
      '**erste**\\\n**zweite**',
    );
  });

  it('keeps a list and the task list after it apart, nested lists tight, and the paragraphs of a table cell', () => {
    const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
    const item = (value: string, ...nested: JSONContent[]) => ({ type: 'listItem', content: [paragraph(value), ...nested] });
    const task = (value: string) => ({ type: 'taskItem', attrs: { checked: false }, content: [paragraph(value)] });
    const cell = (...lines: string[]) => ({ type: 'tableCell', content: lines.map(paragraph) });
    const doc = {
      type: 'doc',
      content: [
        { type: 'bulletList', content: [item('Planung', { type: 'bulletList', content: [item('Vermessung'), item('Entwurf')] }), item('Bau')] },
        { type: 'taskList', content: [task('Angebot einholen'), task('طلب عروض الأسعار')] },
        { type: 'table', content: [{ type: 'tableRow', content: [cell('Kontakt: Grünflächenamt', 'Mail an das Amt'), cell('Jendouba')] }] },
      ],
    };
    const markdown = renderMarkdownDocument(getPlanSchema().nodeFromJSON(doc), { title: 'T', locale: 'de' });
    // A nested list right under its item's line, so the list stays tight.
    expect(markdown).toContain('- Planung\n  - Vermessung\n  - Entwurf\n- Bau\n');
    // Another bullet character starts a new list: the tasks are not items of the list above.
    expect(markdown).toContain('- Bau\n\n* [ ] Angebot einholen\n* [ ] طلب عروض الأسعار\n');
    expect(markdown).toContain('| Kontakt: Grünflächenamt<br>Mail an das Amt | Jendouba |');
  });

  it('treats typed Markdown as text', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [text('# not a heading *nor bold* [x](javascript:y)')] }] };
    expect(renderMarkdownDocument(getPlanSchema().nodeFromJSON(doc), { title: 'T', locale: 'en' })).toContain(
      '\\# not a heading \\*nor bold\\* \\[x\\](javascript:y)',
    );
  });
});
