import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Plan } from '@jumelage/contracts/plans';
import { editorCoreOptions } from '@jumelage/editor/extensions';
import { planFragmentName } from '@jumelage/editor/yjs';
import { Loading } from '../../../components/Loading.tsx';
import { renderCaret } from './caret.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { leaveWithEscape } from './escapeKey.ts';
import { planExtensions } from './planExtensions.ts';
import { useUndoClearedOnRestore } from './restores.ts';
import type { CollabSession } from './useCollabSession.ts';
import '../../../styles/plan-document.css';

interface EditorSurfaceProps {
  session: CollabSession;
  plan: Plan;
  user: { id: string; name: string };
  isEditable: boolean;
  hasDocument: boolean;
  isOffline: boolean;
}

// Our own caret is not drawn for us, and others see the colour the server stamps on our awareness.
const ownCaretColor = '#1f4e79';

/** The toolbar and the text, bound to the Yjs document (undo and redo come from Collaboration). */
export function EditorSurface({
  session,
  plan,
  user,
  isEditable,
  hasDocument,
  isOffline,
}: EditorSurfaceProps) {
  const { t } = useTranslation('plans');
  const editorId = useId();
  const hintId = useId();

  const editor = useEditor(
    {
      extensions: [
        ...planExtensions({ collaborating: true }, (task) =>
          t('editor.taskCheckbox', { task: task || t('editor.emptyTask') }),
        ),
        Collaboration.configure({ document: session.doc, field: planFragmentName }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { id: user.id, name: user.name, color: ownCaretColor },
          render: renderCaret,
        }),
        leaveWithEscape(editorId),
      ],
      ...editorCoreOptions,
      editable: false,
      editorProps: {
        attributes: {
          id: editorId,
          class: 'plan-document',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('editor.label'),
          'aria-describedby': hintId,
          lang: plan.locale,
        },
      },
    },
    [session],
  );

  useEffect(() => {
    editor.setEditable(isEditable);
  }, [editor, isEditable]);
  useUndoClearedOnRestore(editor, session.doc);

  return (
    <div className="plan-editor__main">
      {isEditable ? <EditorToolbar editor={editor} controls={editorId} /> : null}
      <p id={hintId} className="visually-hidden">
        {isEditable ? t('editor.keyboardHint') : t('editor.readOnlyHint')}
      </p>
      {hasDocument ? null : isOffline ? (
        <p className="alert">{t('status.notOnDevice')}</p>
      ) : (
        <Loading label={t('status.loading')} />
      )}
      <EditorContent editor={editor} className="plan-editor__surface" hidden={!hasDocument} />
    </div>
  );
}
