import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { Locale } from '@jumelage/contracts/constants';
import { LanguageDialog } from './LanguageDialog.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import { ToolbarMenuButton } from './ToolbarMenuButton.tsx';
import { toolbarGroups, type ToolbarItem } from './toolbarItems.tsx';
import { readToolbarState } from './toolbarState.ts';
import { useRovingFocus } from './useRovingFocus.ts';
import '../../../styles/plan-toolbar.css';

interface EditorToolbarProps {
  editor: Editor;
  /** The id of the editable area the toolbar acts on. */
  controls: string;
  /** The plan's language, in which unmarked paragraphs are read. */
  planLocale: Locale;
}

/** Formatting tools as a WAI-ARIA toolbar: one tab stop, arrow keys inside, toggles with aria-pressed. */
export function EditorToolbar({ editor, controls, planLocale }: EditorToolbarProps) {
  const { t } = useTranslation('plans');
  const [openDialog, setOpenDialog] = useState<'link' | 'language' | null>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => readToolbarState(current, planLocale),
  });
  const groups = toolbarGroups(editor, state, t, {
    openLink: () => setOpenDialog('link'),
    openLanguage: () => setOpenDialog('language'),
  });
  const closeDialog = () => setOpenDialog(null);
  // A toggle pressed says what it did: the focus goes back to the text, so its new pressed state
  // was never read out (QA pass). Emptied first, so the same words are said again.
  const [said, setSaid] = useState('');
  const say = (item: ToolbarItem) => {
    if (item.isPressed === undefined) return;
    const text = t(item.isPressed ? 'toolbar.turnedOff' : 'toolbar.turnedOn', { name: item.label });
    setSaid('');
    requestAnimationFrame(() => setSaid(text));
  };
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const roving = useRovingFocus<HTMLDivElement>(count);

  let index = 0;
  const button = (item: ToolbarItem) => {
    const position = index++;
    if (item.menu) {
      return (
        <ToolbarMenuButton
          key={item.key}
          item={item}
          menu={item.menu}
          tabIndex={roving.tabIndexOf(position)}
          onFocus={() => roving.onItemFocus(position)}
        />
      );
    }
    return (
      <button
        key={item.key}
        type="button"
        className={
          item.icon ? 'plan-toolbar__button' : 'plan-toolbar__button plan-toolbar__button--text'
        }
        data-toolbar-item
        tabIndex={roving.tabIndexOf(position)}
        aria-label={item.icon ? item.label : undefined}
        title={item.label}
        aria-pressed={item.isPressed}
        aria-disabled={item.isDisabled || undefined}
        aria-haspopup={item.opensDialog ? 'dialog' : undefined}
        // Keeps the text selection in the editor when the button is clicked with the mouse.
        onMouseDown={(event) => event.preventDefault()}
        onFocus={() => roving.onItemFocus(position)}
        onClick={() => {
          if (item.isDisabled) return;
          item.run();
          say(item);
        }}
      >
        {item.icon ?? item.label}
      </button>
    );
  };

  return (
    <>
      <div
        ref={roving.ref}
        role="toolbar"
        aria-label={t('toolbar.label')}
        aria-controls={controls}
        className="plan-toolbar"
        onKeyDown={roving.onKeyDown}
      >
        {groups.map((group) => (
          <div
            key={group.key}
            role="group"
            aria-label={group.label}
            className="plan-toolbar__group"
          >
            {group.items.map(button)}
          </div>
        ))}
      </div>
      <span className="visually-hidden plan-toolbar__said" role="status">
        {said}
      </span>
      <LinkDialog editor={editor} isOpen={openDialog === 'link'} onClose={closeDialog} />
      <LanguageDialog
        editor={editor}
        planLocale={planLocale}
        isOpen={openDialog === 'language'}
        onClose={closeDialog}
      />
    </>
  );
}
