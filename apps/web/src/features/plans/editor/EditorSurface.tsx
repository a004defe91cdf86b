import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Plan } from '@jumelage/contracts/plans';
import { editorCoreOptions } from '@jumelage/editor/extensions';
import { planFragmentName } from '@jumelage/editor/yjs';
import { Loading } from '../../../components/Loading.tsx';
import { renderCaret } from './caret.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { leaveWithEscape } from './escapeKey.ts';
import { partLanguage } from './partLanguage.ts';
import { slotHints } from './slotHints.ts';
import { planExtensions } from './planExtensions.ts';
import { useReadOnlyTypingNote } from './readOnlyTyping.ts';
import { useUndoClearedOnRestore } from './restores.ts';
import type { ClosedReason } from './syncStatus.ts';
import type { CollabSession } from './useCollabSession.ts';
import '../../../styles/plan-document.css';
import {
  revealCaretAfterKey,
  revealFocusedBelowBars,
  scrollSelectionBelowBars,
} from './scrollBelowBars.ts';

interface EditorSurfaceProps {
  session: CollabSession;
  plan: Plan;
  user: { id: string; name: string };
  isEditable: boolean;
  hasDocument: boolean;
  isOffline: boolean;
  /** Why the server closed the plan to us (deleted, access revoked…), or null while it is open. */
  closedReason: ClosedReason | null;
}

// Our own caret is not drawn for us, and others see the colour the server stamps on our awareness.
const ownCaretColor = '#1f4e79';

interface TextboxAttributes {
  id: string;
  label: string;
  hintId: string;
  lang: string;
  isEditable: boolean;
}

/** The text as a labelled multi-line textbox; while it cannot be edited it says so (aria-readonly). */
const textboxAttributes = ({ id, label, hintId, lang, isEditable }: TextboxAttributes) => ({
  id,
  class: 'plan-document',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': label,
  'aria-describedby': hintId,
  lang,
  // Read-only, it stays focusable like a read-only text field: keyboard users can reach it, and
  // what they type there is answered (see readOnlyTyping.ts).
  ...(isEditable ? {} : { 'aria-readonly': 'true', tabindex: '0' }),
});

/** The toolbar and the text, bound to the Yjs document (undo and redo come from Collaboration). */
export function EditorSurface({
  session,
  plan,
  user,
  isEditable,
  hasDocument,
  isOffline,
  closedReason,
}: EditorSurfaceProps) {
  const { t, i18n } = useTranslation('plans');
  const editorId = useId();
  const hintId = useId();
  const label = t('editor.label');
  const attributes = useMemo(
    () => textboxAttributes({ id: editorId, label, hintId, lang: plan.locale, isEditable }),
    [editorId, label, hintId, plan.locale, isEditable],
  );

  const editor = useEditor(
    {
      extensions: [
        ...planExtensions({ collaborating: true }, i18n),
        Collaboration.configure({ document: session.doc, field: planFragmentName }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { id: user.id, name: user.name, color: ownCaretColor },
          render: renderCaret,
        }),
        leaveWithEscape(editorId),
        partLanguage(plan.locale),
        slotHints,
        // A blank plan says where to write (shown once it can be written in, in the language shown).
        // Only at the caret: that way TipTap builds the hint from the new state at every change.
        // Otherwise it keeps, for unchanged ranges, a hint built while the document was still
        // empty, before the first sync (fifteenth QA pass: "write the plan here" under a full plan).
        Placeholder.configure({
          showOnlyCurrent: true,
          placeholder: ({ editor: { isEmpty } }) =>
            isEmpty ? i18n.t('editor.placeholder', { ns: 'plans' }) : '',
        }),
      ],
      ...editorCoreOptions,
      editable: false,
      editorProps: {
        attributes,
        handleScrollToSelection: scrollSelectionBelowBars,
        handleKeyDown: revealCaretAfterKey,
        handleDOMEvents: { focusin: revealFocusedBelowBars },
      },
    },
    [session],
  );

  useEffect(() => {
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes } });
    editor.setEditable(isEditable);
  }, [editor, attributes, isEditable]);
  useUndoClearedOnRestore(editor, session.doc);
  const typingNote = useReadOnlyTypingNote(isEditable);

  // A plan closed to us (deleted, access revoked…) is no longer followed live.
  const hint = isEditable
    ? t('editor.keyboardHint')
    : closedReason
      ? t(`closed.${closedReason}`)
      : t('editor.readOnlyHint');

  return (
    <div className="plan-editor__main">
      {isEditable ? (
        <EditorToolbar editor={editor} controls={editorId} planLocale={plan.locale} />
      ) : null}
      <p id={hintId} className="visually-hidden">
        {hint}
      </p>
      {hasDocument ? null : isOffline ? (
        <p className="alert">{t('status.notOnDevice')}</p>
      ) : (
        <Loading label={t('status.loading')} />
      )}
      <div role="status" className="plan-editor__typing-note">
        {typingNote.isShown ? <p>{t('editor.readOnlyTyping')}</p> : null}
      </div>
      <EditorContent
        editor={editor}
        className="plan-editor__surface"
        hidden={!hasDocument}
        onKeyDown={typingNote.onKeyDown}
      />
    </div>
  );
}
