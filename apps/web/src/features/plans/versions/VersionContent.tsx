import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@jumelage/contracts/constants';
import { editorCoreOptions } from '@jumelage/editor/extensions';
import { partLanguage } from '../editor/partLanguage.ts';
import { planExtensions } from '../editor/planExtensions.ts';
import '../../../styles/plan-document.css';

const isContent = (value: unknown): value is JSONContent =>
  typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';

interface VersionContentProps {
  content: unknown;
  label: string;
  /** Read in the plan's language (not the interface's), its marked and Arabic parts in theirs. */
  planLocale: Locale;
}

/**
 * A saved version, shown read-only through the plan schema (not as HTML), so it looks like the
 * editor and nothing in it can run or escape the schema.
 */
export function VersionContent({ content, label, planLocale }: VersionContentProps) {
  const { i18n } = useTranslation('plans');
  const editor = useEditor(
    {
      extensions: [...planExtensions({}, i18n), partLanguage(planLocale)],
      ...editorCoreOptions,
      editable: false,
      content: isContent(content) ? content : null,
      editorProps: {
        attributes: {
          class: 'plan-document',
          'aria-label': label,
          'aria-readonly': 'true',
          lang: planLocale,
        },
      },
    },
    [content, label, planLocale],
  );
  return <EditorContent editor={editor} />;
}
