import { useEffect, useId, useMemo, useRef } from 'react';
import { Redirect, useLocation, useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import type {
  ChannelResponse,
  InvitedConsultation,
  InvitedConsultationListResponse,
  ReadMarker,
} from '@jumelage/contracts/consultations';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { StatusPage } from '../../components/StatusPage.tsx';
import { path } from '../../lib/api.ts';
import { useResource } from '../../lib/useResource.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { MunicipalityList } from '../partnerships/MunicipalityList.tsx';
import { ChannelList } from './ChannelList.tsx';
import { ChatSpaceProvider, type ChatSpace } from './chatSpace.tsx';
import { invitationHref, invitedConsultationsUrl, spaceChannelHref } from './consultations.api.ts';
import { Conversation } from './Conversation.tsx';
import { buildDirectory } from './people.ts';
import { useChannels } from './useChannels.ts';
import { useOutbox } from './useOutbox.ts';
import { useSocketStatus, type SocketStatus } from './useSocketStatus.ts';

const ignore = () => undefined;

/**
 * One consultation seen from outside its partnership (/consultations/:channelId): what an external
 * expert invited to it opens. The partnership shows only its name and municipalities; the sidebar
 * lists the viewer's other consultations there. Members and coordinators, who may read the space,
 * are sent to the consultation in the space instead.
 */
export function InvitedConsultationPage() {
  const { channelId = '' } = useParams<{ channelId: string }>();
  const viewer = useCurrentUser();
  const socketStatus = useSocketStatus();
  const openChannelId = useRef<string | null>(channelId);
  useEffect(() => {
    openChannelId.current = channelId;
  }, [channelId]);
  const channels = useChannels<InvitedConsultationListResponse>(invitedConsultationsUrl, null, {
    viewerId: viewer.id,
    openChannelId,
    connectCount: socketStatus.connectCount,
  });
  const list = channels.data?.data;
  const selected = list?.find((channel) => channel.id === channelId);

  if (!list) {
    if (channels.isLoading) return <Loading />;
    return <ErrorMessage error={channels.error} onRetry={channels.reload} />;
  }
  if (!selected) return <ReadableElsewhere channelId={channelId} />;
  if (selected.partnership.abilities.read)
    return <Redirect to={invitationHref(selected)} replace />;
  return (
    <InvitedConversation
      consultation={selected}
      invitations={list}
      socketStatus={socketStatus}
      onMarker={channels.applyMarker}
    />
  );
}

/**
 * Not among the viewer's invitations: a member (e.g. following a link an invitee shared) is sent to
 * the consultation in the space; anyone else, e.g. an invitee whose invitation was withdrawn, is told
 * that it does not exist, as the server answers.
 */
function ReadableElsewhere({ channelId }: { channelId: string }) {
  const channel = useResource<ChannelResponse>(path`/api/channels/${channelId}`);
  if (channel.isLoading) return <Loading />;
  const found = channel.data?.data;
  if (channel.error && channel.error.code !== 'not_found') {
    return <ErrorMessage error={channel.error} onRetry={channel.reload} />;
  }
  if (!found) return <StatusPage kind="notFound" />;
  return <Redirect to={spaceChannelHref(found.partnershipId, found.id)} replace />;
}

interface InvitedConversationProps {
  consultation: InvitedConsultation;
  /** All the viewer's invitations; those of the same partnership are listed beside. */
  invitations: InvitedConsultation[];
  socketStatus: SocketStatus;
  onMarker: (marker: ReadMarker) => void;
}

function InvitedConversation({
  consultation,
  invitations,
  socketStatus,
  onMarker,
}: InvitedConversationProps) {
  const { t } = useTranslation('consultations');
  const headingId = useId();
  const viewer = useCurrentUser();
  const { outbox } = useOutbox(viewer.id, socketStatus.socket);
  const [, navigate] = useLocation();
  const host = consultation.partnership;
  const siblings = useMemo(
    () => invitations.filter((channel) => channel.partnershipId === host.id),
    [invitations, host.id],
  );
  const space = useMemo<ChatSpace>(
    () => ({
      partnershipId: host.id,
      abilities: host.abilities,
      viewer,
      people: buildDirectory(host.municipalities, [], siblings),
      partners: host.municipalities,
      outbox,
      socketStatus,
    }),
    [host, viewer, siblings, outbox, socketStatus],
  );

  return (
    <ChatSpaceProvider value={space}>
      <div className="page">
        <div className="space-header">
          <PageHeading title={host.name} />
          <MunicipalityList municipalities={host.municipalities} hasLocalTime />
          <p className="space-header__role">{t('invited.onlyThese')}</p>
        </div>
        <section className="tab-panel" aria-labelledby={headingId}>
          <h2 id={headingId}>{t('invited.title')}</h2>
          <div className="chat">
            <div className="chat__sidebar">
              <ChannelList
                channels={siblings}
                selectedId={consultation.id}
                hrefFor={(id) => path`/consultations/${id}`}
                onCreate={null}
              />
            </div>
            <Conversation
              key={consultation.id}
              channel={consultation}
              onMarker={onMarker}
              onEdit={ignore}
              onChanged={() => navigate('/')}
            />
          </div>
        </section>
      </div>
    </ChatSpaceProvider>
  );
}
