import { useCallback, useEffect, type RefObject } from 'react';
import { chatLimits } from '@jumelage/contracts/constants';
import type {
  Channel,
  ChannelRef,
  ChatMessage,
  ReadMarker,
} from '@jumelage/contracts/consultations';
import type { MemberRef } from '@jumelage/contracts/realtime';
import { useSocketEvent } from '../../lib/socket.ts';
import { useResource } from '../../lib/useResource.ts';

interface ChannelsOptions {
  viewerId: string;
  /** The conversation on screen: its new messages are read, not counted as unread. */
  openChannelId: RefObject<string | null>;
  connectCount: number;
}

/**
 * A list of channels in the server's order, with unread counts kept current live: one
 * partnership's channels (`partnershipId`), or the viewer's invitations in all partnerships (null).
 */
export function useChannels<List extends { data: Channel[] }>(
  url: string,
  partnershipId: string | null,
  options: ChannelsOptions,
) {
  const { viewerId, openChannelId, connectCount } = options;
  const resource = useResource<List>(url);
  const { reload, update } = resource;
  const isListed = useCallback(
    (ref: { partnershipId: string }) =>
      partnershipId === null || ref.partnershipId === partnershipId,
    [partnershipId],
  );

  const onChannelChanged = useCallback(
    (ref: ChannelRef) => {
      if (isListed(ref)) reload();
    },
    [isListed, reload],
  );
  useSocketEvent('channel:created', onChannelChanged);
  useSocketEvent('channel:updated', onChannelChanged);
  // Leaving a partnership also ends one's expert invitations there.
  const onMemberRemoved = useCallback(
    (event: MemberRef) => {
      if (event.userId === viewerId && isListed(event)) reload();
    },
    [viewerId, isListed, reload],
  );
  useSocketEvent('member:removed', onMemberRemoved);

  const onMessage = useCallback(
    (message: ChatMessage) => {
      if (!isListed(message) || message.author.id === viewerId) return;
      const isRead =
        message.channelId === openChannelId.current && document.visibilityState === 'visible';
      // Counted once: a list read on its way gets this change again, and may have it already.
      const isNew = (channel: { id: string; lastMessageAt: string | null }) =>
        channel.id === message.channelId &&
        (channel.lastMessageAt === null || channel.lastMessageAt < message.createdAt);
      update((list) =>
        !list.data.some(isNew)
          ? list
          : {
              ...list,
              data: list.data.map((channel) =>
                channel.id !== message.channelId
                  ? channel
                  : {
                      ...channel,
                      lastMessageAt: message.createdAt,
                      unreadCount: isRead
                        ? channel.unreadCount
                        : Math.min(channel.unreadCount + 1, chatLimits.unreadCountMax),
                    },
              ),
            },
      );
    },
    [isListed, viewerId, openChannelId, update],
  );
  useSocketEvent('message:created', onMessage);

  const applyMarker = useCallback(
    (marker: ReadMarker) =>
      update((list) => ({
        ...list,
        data: list.data.map((channel) =>
          channel.id === marker.channelId
            ? { ...channel, unreadCount: marker.unreadCount, lastReadId: marker.lastReadId }
            : channel,
        ),
      })),
    [update],
  );
  useSocketEvent('readMarker:updated', applyMarker);

  // Counts, consultations and invitations may have changed while the connection was down.
  useEffect(() => {
    if (connectCount > 1) reload();
  }, [connectCount, reload]);

  return { ...resource, applyMarker };
}
