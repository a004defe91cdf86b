import { extensions as coreExtensions, Extension, type Extensions } from '@tiptap/core';
import { Bold } from '@tiptap/extension-bold';
import { Code } from '@tiptap/extension-code';
import { Italic } from '@tiptap/extension-italic';
import { Link } from '@tiptap/extension-link';
import { ListKeymap, TaskItem, TaskList } from '@tiptap/extension-list';
import { Strike } from '@tiptap/extension-strike';
import { TableKit } from '@tiptap/extension-table';
import { Underline } from '@tiptap/extension-underline';
import StarterKit from '@tiptap/starter-kit';
import { isLinkable } from './links.ts';
import { partLanguageOf } from './script.ts';
import { autolinkPunctuation } from './autolinkPunctuation.ts';

export interface ExtensionOptions {
  /**
   * True when the editor is bound to a Yjs document: the Yjs undo manager (added by the
   * Collaboration extension) replaces ProseMirror's history, which would otherwise undo other people's edits.
   */
  collaborating?: boolean;
}

export const headingLevels = [1, 2, 3] as const;

/**
 * TipTap's TextDirection, except that a new block made by Enter does not copy the direction set on
 * the one it was split from: it follows its own text ('auto'). In a plan written in Arabic and German,
 * the paragraph after an Arabic one is as likely to be German; TipTap's default kept it right to left.
 * The schema is unchanged (`keepOnSplit` only guides the split command).
 */
const blockDirection = coreExtensions.TextDirection.extend({
  addGlobalAttributes() {
    return (this.parent?.() ?? []).map((global) => ({
      ...global,
      attributes: Object.fromEntries(
        Object.entries(global.attributes).map(([name, attribute]) => [name, { ...attribute, keepOnSplit: false }]),
      ),
    }));
  },
});

/**
 * The inline marks, except that a block made by Enter starts plain: the templates' hints are
 * italic, and a paragraph started after one came out italic (in the editor and in the exports).
 * TipTap's default carries the marks at the cursor into the new block. Links never carried over.
 * The schema is unchanged (`keepOnSplit` only guides the split and line-break commands; a line
 * break keeps its marks, see below).
 */
const inlineMarks = [Bold, Code, Italic, Strike, Underline].map((mark) => mark.extend({ keepOnSplit: false }));

/**
 * A line break (Shift+Enter, Mod+Enter) stays in the same block, so it keeps the marks at the
 * cursor: TipTap's hard break carries only the marks that keep on split, which now are none.
 */
const lineBreakKeepsMarks = Extension.create({
  name: 'lineBreakKeepsMarks',
  priority: 1000,
  addKeyboardShortcuts() {
    const lineBreak = () => {
      const { storedMarks, selection } = this.editor.state;
      const marks = storedMarks ?? (selection.$to.parentOffset > 0 ? selection.$from.marks() : []);
      return this.editor
        .chain()
        .setHardBreak()
        .command(({ tr }) => {
          if (marks.length > 0) tr.ensureMarks(marks);
          return true;
        })
        .run();
    };
    return { 'Shift-Enter': lineBreak, 'Mod-Enter': lineBreak };
  },
});

/**
 * The language a paragraph or heading is written in when it is not the plan's (WCAG 3.1.2, language
 * of parts): a `lang` attribute, one of the app's languages or null (the plan's language). Marked
 * from the toolbar; pasted HTML keeps a `lang` it recognises. Enter keeps it for the new block, so a
 * French section goes on in French (unlike the direction, which follows each block's own letters).
 * Any other value, from a hostile client too, is read as null and never rendered.
 */
const blockLanguage = Extension.create({
  name: 'blockLanguage',
  addGlobalAttributes: () => [
    {
      types: ['paragraph', 'heading'],
      attributes: {
        lang: {
          default: null,
          keepOnSplit: true,
          parseHTML: (element) => partLanguageOf(element.getAttribute('lang')),
          renderHTML: (attributes) => {
            const lang = partLanguageOf(attributes.lang);
            return lang ? { lang } : {};
          },
        },
      },
    },
  ],
});

/**
 * The hint of a template's empty slot ("Describe the starting situation…"): an attribute of the
 * paragraph that the editor shows while the paragraph is empty (`editor/slotHints.ts` in the web),
 * never part of the text. So it is not typed over, not italic once written in, and neither
 * previewed nor exported. A paragraph split from it does not carry it, and it is not rendered to
 * HTML (exports, copies).
 */
const slotHint = Extension.create({
  name: 'slotHint',
  addGlobalAttributes() {
    return [{ types: ['paragraph'], attributes: { hint: { default: null, keepOnSplit: false, rendered: false } } }];
  },
});

/**
 * A link ends where it was set: text typed at its end is plain text. TipTap makes links inclusive
 * when it auto-links (so a URL being typed stays one link), and then everything typed after a link,
 * "Stadtpark und mehr", joined it, for everyone and in the exports too. Auto-linking still marks a
 * URL once it is typed out.
 */
const link = Link.extend({ inclusive: () => false });

/**
 * TipTap's list keys, except Tab. At the start of a paragraph right after a list, TipTap's Tab moves
 * the paragraph into the list's last item; but that is where the cursor waits at the end of a plan,
 * so the Tab that a keyboard user pressed to leave the text changed the shared document (an empty
 * line added to the last item, each time). Tab still indents inside a list (the list item's own
 * key) and moves between table cells.
 */
const listKeys = ListKeymap.extend({
  addKeyboardShortcuts() {
    const keys = this.parent?.() ?? {};
    return Object.fromEntries(Object.entries(keys).filter(([key]) => key !== 'Tab'));
  },
});

/**
 * The one extension list of a plan, used by the web editor and by the server (schema, conversion,
 * export), so both agree on every node and attribute. The web adds Collaboration and
 * CollaborationCaret on top; neither changes the schema.
 *
 * Text direction uses TipTap's built-in TextDirection extension (a `dir` attribute of 'ltr' | 'rtl' |
 * 'auto' on every block, default 'auto'), listed here explicitly because `getSchema` on the server
 * does not add core extensions. An `Editor` should therefore be created with `editorCoreOptions`
 * so its own copy of the core extension stays out of the way.
 */
export function createExtensions(options: ExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...headingLevels] },
      codeBlock: false,
      bold: false,
      italic: false,
      strike: false,
      code: false,
      underline: false,
      ...(options.collaborating ? { undoRedo: false } : {}),
      link: false,
      listKeymap: false,
    }),
    link.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      // Checked when a link is set, parsed from pasted HTML, auto-linked (with the text as typed,
      // "www.wolfsburg.de") and rendered.
      isAllowedUri: (url) => isLinkable(url),
      shouldAutoLink: (url) => isLinkable(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
    autolinkPunctuation,
    listKeys,
    ...inlineMarks,
    lineBreakKeepsMarks,
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
    blockDirection.configure({ direction: 'auto' }),
    blockLanguage,
    slotHint,
  ];
}


/** Editor options that go with `createExtensions` (the direction extension is already in the list). */
export const editorCoreOptions = { enableCoreExtensions: { textDirection: false } } as const;
