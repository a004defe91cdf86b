import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { editorCoreOptions } from '@jumelage/editor/extensions';
import { planExtensions } from '../editor/planExtensions.ts';
import '../../../styles/plan-document.css';

const isContent = (value: unknown): value is JSONContent =>
  typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';

/**
 * A saved version, shown read-only through the plan schema (not as HTML), so it looks like the
 * editor and nothing in it can run or escape the schema.
 */
export function VersionContent({ content, label }: { content: unknown; label: string }) {
  const { t } = useTranslation('plans');
  const editor = useEditor(
    {
      extensions: planExtensions({}, (task) =>
        t('editor.taskCheckbox', { task: task || t('editor.emptyTask') }),
      ),
      ...editorCoreOptions,
      editable: false,
      content: isContent(content) ? content : null,
      editorProps: {
        attributes: { class: 'plan-document', 'aria-label': label, 'aria-readonly': 'true' },
      },
    },
    [content, label],
  );
  return <EditorContent editor={editor} />;
}
