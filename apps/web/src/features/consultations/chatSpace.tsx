import { createContext, useContext } from 'react';
import type { MunicipalityView, PartnershipAbilities } from '@jumelage/contracts/partnerships';
import type { User } from '@jumelage/contracts/auth';
import type { Outbox } from './outbox.ts';
import type { Person } from './people.ts';
import type { SocketStatus } from './useSocketStatus.ts';

/**
 * What every part of a conversation needs to know about its partnership and the viewer: in the
 * partnership space, or on the page an invited external expert opens (who sees no more of the
 * partnership than its name and municipalities, and has no abilities in it).
 */
export interface ChatSpace {
  partnershipId: string;
  abilities: PartnershipAbilities;
  viewer: User;
  people: Map<string, Person>;
  partners: MunicipalityView[];
  outbox: Outbox;
  socketStatus: SocketStatus;
}

const ChatSpaceContext = createContext<ChatSpace | null>(null);

export const ChatSpaceProvider = ChatSpaceContext.Provider;

export function useChatSpace(): ChatSpace {
  const space = useContext(ChatSpaceContext);
  if (!space) throw new Error('useChatSpace needs a ChatSpaceProvider');
  return space;
}
