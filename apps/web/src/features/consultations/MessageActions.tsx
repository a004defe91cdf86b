import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { ChannelListItem, ChatMessage } from '@jumelage/contracts/consultations';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { asApiError, type ApiError } from '../../lib/api.ts';
import { useFormat } from '../users/useFormat.ts';
import { deleteMessage } from './chatCommands.ts';
import { foldWhenLeft, useFoldOnClickElsewhere } from '../../lib/menuFolding.ts';
import { useChatSpace } from './chatSpace.tsx';
import { milestoneDraftUrl } from './milestoneDraft.ts';
import { useChannelTitle } from './useChannelTitle.ts';

const fold = (details: HTMLElement) => details.removeAttribute('open');

interface MessageActionsProps {
  message: ChatMessage;
  channel: ChannelListItem;
  isOwn: boolean;
  onEdit: () => void;
  onDeleted: (message: ChatMessage) => void;
}

/** A disclosure with what can be done with a message: edit, delete, turn into a milestone. */
export function MessageActions({
  message,
  channel,
  isOwn,
  onEdit,
  onDeleted,
}: MessageActionsProps) {
  const { t } = useTranslation('consultations');
  const { abilities, partnershipId, socketStatus } = useChatSpace();
  const format = useFormat();
  const channelTitle = useChannelTitle(channel);
  const [, navigate] = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const canChange = isOwn && channel.abilities.send;
  const canPlan = abilities.manageMilestones;

  useFoldOnClickElsewhere(menu, isOpen, fold);

  if (!canChange && !canPlan) return null;

  // The confirmation would give the focus back to "delete", which is folded away with the menu:
  // it fell to the page. It goes back to the message's menu button instead (QA pass).
  const backToMenu = () =>
    requestAnimationFrame(() => menu.current?.querySelector('summary')?.focus());
  const choose = (action: () => void) => () => {
    menu.current?.removeAttribute('open');
    setError(null);
    action();
  };
  const remove = async () => {
    setIsDeleting(true);
    try {
      const deleted = await deleteMessage(socketStatus.socket, message.id);
      setIsConfirming(false);
      onDeleted(deleted);
    } catch (thrown) {
      setIsConfirming(false);
      setError(asApiError(thrown));
      backToMenu();
    } finally {
      setIsDeleting(false);
    }
  };
  const createMilestone = () => {
    const source = t('messages.milestoneSource', {
      name: message.author.name,
      channel: channelTitle,
      date: format.dateTime(message.createdAt),
    });
    navigate(milestoneDraftUrl(partnershipId, message, source));
  };

  return (
    <div className="message__actions">
      <details
        ref={menu}
        className="message-menu"
        onToggle={(event) => {
          setIsOpen(event.currentTarget.open);
          // The menu floats below the message; near the end of the list it must scroll into view.
          if (event.currentTarget.open) {
            event.currentTarget.lastElementChild?.scrollIntoView({ block: 'nearest' });
          }
        }}
        onKeyDown={(event) => {
          if (event.key === 'Tab') foldWhenLeft(event.currentTarget, fold);
          if (event.key !== 'Escape' || !menu.current?.open) return;
          event.preventDefault();
          menu.current.removeAttribute('open');
          menu.current.querySelector('summary')?.focus();
        }}
      >
        <summary>
          <span aria-hidden="true">⋯</span>
          <span className="visually-hidden">
            {t('messages.actionsFor', { name: message.author.name })}
          </span>
        </summary>
        <div className="message-menu__items">
          {canChange ? (
            <>
              <button type="button" className="button button--link" onClick={choose(onEdit)}>
                {t('messages.edit')}
              </button>
              <button
                type="button"
                className="button button--link"
                onClick={choose(() => setIsConfirming(true))}
              >
                {t('messages.delete')}
              </button>
            </>
          ) : null}
          {canPlan ? (
            <button type="button" className="button button--link" onClick={choose(createMilestone)}>
              {t('messages.createMilestone')}
            </button>
          ) : null}
        </div>
      </details>
      <ErrorMessage error={error} />
      {canChange ? (
        <ConfirmDialog
          isOpen={isConfirming}
          title={t('messages.deleteTitle')}
          confirmLabel={t('messages.deleteConfirm')}
          isBusy={isDeleting}
          onConfirm={() => void remove()}
          onCancel={() => {
            setIsConfirming(false);
            backToMenu();
          }}
        >
          <p>{t('messages.deleteText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
