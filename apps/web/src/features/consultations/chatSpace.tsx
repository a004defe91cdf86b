import { createContext, useContext } from 'react';
import type {
  MunicipalityView,
  Partnership,
  PartnershipAbilities,
} from '@jumelage/contracts/partnerships';
import type { User } from '@jumelage/contracts/auth';
import type { Outbox } from './outbox.ts';
import type { Person } from './people.ts';
import type { SocketStatus } from './useSocketStatus.ts';

/** What every part of the consultations tab needs to know about the space and the viewer. */
export interface ChatSpace {
  partnership: Partnership;
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
