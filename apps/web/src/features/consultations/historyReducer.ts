import type { Page } from '@jumelage/contracts/common';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import type { ApiError } from '../../lib/api.ts';
import { mergeMessages, updateMessage } from './messageList.ts';

export interface History {
  /** Oldest first. */
  messages: ChatMessage[];
  status: 'loading' | 'ready' | 'failed';
  error: ApiError | null;
  /** Continues with older messages; null once the start of the conversation is loaded. */
  olderCursor: string | null;
  isLoadingOlder: boolean;
  olderError: ApiError | null;
  /** The connection (useSocketStatus' connectCount) up to which nothing can have been missed. */
  syncedAt: number;
}

export type HistoryAction =
  | { type: 'loaded'; page: Page<ChatMessage>; syncedAt: number }
  | { type: 'failed'; error: ApiError }
  | { type: 'loadingOlder' }
  | { type: 'older'; page: Page<ChatMessage> }
  | { type: 'olderFailed'; error: ApiError }
  | { type: 'received'; messages: ChatMessage[] }
  | { type: 'caughtUp'; messages: ChatMessage[]; syncedAt: number }
  | { type: 'changed'; message: ChatMessage };

export const initialHistory: History = {
  messages: [],
  status: 'loading',
  error: null,
  olderCursor: null,
  isLoadingOlder: false,
  olderError: null,
  syncedAt: 0,
};

export function historyReducer(state: History, action: HistoryAction): History {
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        messages: mergeMessages(state.messages, action.page.data),
        status: 'ready',
        error: null,
        olderCursor: action.page.nextCursor,
        syncedAt: action.syncedAt,
      };
    case 'failed':
      return {
        ...state,
        status: state.status === 'ready' ? 'ready' : 'failed',
        error: action.error,
      };
    case 'loadingOlder':
      return { ...state, isLoadingOlder: true, olderError: null };
    case 'older':
      return {
        ...state,
        messages: mergeMessages(state.messages, action.page.data),
        olderCursor: action.page.nextCursor,
        isLoadingOlder: false,
      };
    case 'olderFailed':
      return { ...state, isLoadingOlder: false, olderError: action.error };
    case 'received':
      return { ...state, messages: mergeMessages(state.messages, action.messages) };
    case 'caughtUp':
      return {
        ...state,
        messages: mergeMessages(state.messages, action.messages),
        syncedAt: Math.max(state.syncedAt, action.syncedAt),
      };
    case 'changed':
      return { ...state, messages: updateMessage(state.messages, action.message) };
  }
}
