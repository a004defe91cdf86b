import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type { Page } from '@jumelage/contracts/common';
import type { Channel, ChannelListResponse } from '@jumelage/contracts/consultations';
import type { Member } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useResource } from '../../lib/useResource.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { membersUrl } from '../partnerships/partnerships.api.ts';
import type { SpaceTabProps } from '../partnerships/spaceTabs.ts';
import { ChannelList } from './ChannelList.tsx';
import { ChatSidebar } from './ChatSidebar.tsx';
import { ChatSpaceProvider, type ChatSpace } from './chatSpace.tsx';
import { composerId } from './Composer.tsx';
import { ConsultationDialog } from './ConsultationDialog.tsx';
import { channelsUrl, spaceChannelHref } from './consultations.api.ts';
import { Conversation } from './Conversation.tsx';
import { buildDirectory, partnerMunicipalities } from './people.ts';
import { PresenceList } from './PresenceList.tsx';
import { useChannels } from './useChannels.ts';
import { useOutbox } from './useOutbox.ts';
import { useSocketStatus } from './useSocketStatus.ts';

type DialogState = { channel: Channel | null } | null;

/** Channels on the start side, the open conversation beside them; `?channel=<id>` picks one. */
export function ConsultationsTab({ partnership, abilities }: SpaceTabProps) {
  const { t } = useTranslation('consultations');
  const viewer = useCurrentUser();
  const socketStatus = useSocketStatus();
  const { outbox, entries } = useOutbox(viewer.id, socketStatus.socket);
  const members = useResource<Page<Member>>(membersUrl(partnership.id));
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const requestedId = params.get('channel');
  const openChannelId = useRef<string | null>(null);
  const channels = useChannels<ChannelListResponse>(channelsUrl(partnership.id), partnership.id, {
    viewerId: viewer.id,
    openChannelId,
    connectCount: socketStatus.connectCount,
  });
  const [dialog, setDialog] = useState<DialogState>(null);
  /**
   * A conversation that takes the focus once as it opens: a consultation just scheduled here, or
   * the one a cancelled milestone draft came back to (`focusChannel` in the history entry's state).
   */
  const [focusId, setFocusId] = useState<string | null>(focusRequestedByHistory);

  const list = channels.data?.data;
  const selected =
    list?.find((channel) => channel.id === requestedId) ??
    list?.find((channel) => channel.kind === 'general') ??
    list?.[0];
  const selectedId = selected?.id ?? null;
  useEffect(() => {
    openChannelId.current = selectedId;
  }, [selectedId]);
  const memberList = members.data?.data;
  const space = useMemo<ChatSpace>(
    () => ({
      partnershipId: partnership.id,
      abilities,
      viewer,
      people: buildDirectory(partnership.municipalities, memberList ?? [], list ?? []),
      partners: partnerMunicipalities(partnership.municipalities, memberList ?? [], viewer.id),
      outbox,
      socketStatus,
    }),
    [partnership, abilities, viewer, memberList, list, outbox, socketStatus],
  );

  if (!list) {
    if (channels.isLoading) return <Loading />;
    // Offline after a reload: the conversations cannot be read, but what was written here is kept
    // and says so (it looked lost, and was typed again).
    const waiting = entries.filter(
      (entry) => entry.partnershipId === partnership.id && entry.status === 'pending',
    ).length;
    return (
      <>
        {waiting > 0 ? (
          <p className="alert alert--warning">{t('outbox.waitingCount', { count: waiting })}</p>
        ) : null}
        <ErrorMessage error={channels.error} onRetry={channels.reload} />
      </>
    );
  }
  // The form follows the live consultation: someone who joins (e.g. by link) while it is open shows
  // up ticked and is kept on save, instead of being dropped by a list read when it opened.
  const liveDialogChannel = dialog?.channel
    ? (list.find((channel) => channel.id === dialog.channel?.id) ?? dialog.channel)
    : null;
  const channelHref = (id: string) => spaceChannelHref(partnership.id, id);

  return (
    <ChatSpaceProvider value={space}>
      <div className="chat">
        {selected?.abilities.send ? <SkipToComposer channelId={selected.id} /> : null}
        <ChatSidebar
          selectedId={selected?.id ?? null}
          unreadElsewhere={list
            .filter((channel) => channel.id !== selected?.id)
            .reduce((sum, channel) => sum + channel.unreadCount, 0)}
        >
          <ChannelList
            channels={list}
            selectedId={selected?.id ?? null}
            hrefFor={channelHref}
            onCreate={
              channels.data?.abilities.createConsultation
                ? () => setDialog({ channel: null })
                : null
            }
          />
          <PresenceList />
        </ChatSidebar>
        {selected ? (
          <Conversation
            key={selected.id}
            channel={selected}
            onMarker={channels.applyMarker}
            onEdit={() => setDialog({ channel: selected })}
            takesFocus={selected.id === focusId}
            onFocusTaken={() => setFocusId(null)}
            onChanged={channels.reload}
          />
        ) : (
          <p>{t('channels.none')}</p>
        )}
      </div>
      {dialog ? (
        <ConsultationDialog
          channel={liveDialogChannel}
          members={memberList ?? []}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            channels.reload();
            if (saved.id === selected?.id) return;
            setFocusId(saved.id);
            navigate(channelHref(saved.id));
          }}
        />
      ) : null}
    </ChatSpaceProvider>
  );
}

/**
 * A skip link, shown when focused, from the top of the chat to the message box: Tab passed the
 * channels, the consultation's tools and one menu per loaded message first (about 30 stops).
 */
function SkipToComposer({ channelId }: { channelId: string }) {
  const { t } = useTranslation('consultations');
  const id = composerId(channelId);
  return (
    <a
      className="skip-link"
      href={`#${id}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(id)?.focus();
      }}
    >
      {t('composer.skipTo')}
    </a>
  );
}

/** The channel a navigation asked to focus (`navigate(href, { state: { focusChannel } })`). */
function focusRequestedByHistory(): string | null {
  const state: unknown = window.history.state;
  return typeof state === 'object' &&
    state !== null &&
    'focusChannel' in state &&
    typeof state.focusChannel === 'string'
    ? state.focusChannel
    : null;
}
