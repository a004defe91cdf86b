import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import type { User } from '@jumelage/contracts/auth';
import { ApiError, asApiError, isAbortError } from '../../lib/api.ts';
import { changeLocale } from '../../lib/i18n.ts';
import i18next from 'i18next';
import { clearDrafts } from '../../lib/drafts.ts';
import { forgetEndedSession, noteSessionEnded } from '../../lib/endedSession.ts';
import { collectUnsavedWork } from '../../lib/unsavedWork.ts';
import { clearOfflineCache } from '../../lib/offlineCache.ts';
import { disconnectSocket, onAccountUpdated } from '../../lib/socket.ts';
import { fetchMe, logout as requestLogout } from './auth.api.ts';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated' | 'unavailable';

interface SessionState {
  status: SessionStatus;
  user: User | null;
  error: ApiError | null;
}

export interface Session extends SessionState {
  /** Stores the signed-in user (after login, register or a profile change); null signs out locally. */
  setUser: (user: User | null) => void;
  logout: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

function stateFor(user: User | null): SessionState {
  // The account's language wins over the device's once we know who is signed in.
  if (user) void changeLocale(user.locale);
  if (user) forgetEndedSession();
  return { status: user ? 'authenticated' : 'anonymous', user, error: null };
}

/** Asks the server who is signed in (GET /api/auth/me; 401 means nobody) and shares the answer. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const isSigningOut = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (user) => setState(stateFor(user)),
      (error: unknown) => {
        if (isAbortError(error)) return;
        if (error instanceof ApiError && error.code === 'unauthenticated') {
          setState(stateFor(null));
        } else {
          setState({ status: 'unavailable', user: null, error: asApiError(error) });
        }
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // Nobody signed in (signed out, or the server ended the session): what was kept for offline use
  // belonged to the previous person. Signing in always passes through here first.
  useEffect(() => {
    if (state.status !== 'anonymous') return;
    void clearOfflineCache();
    clearDrafts();
  }, [state.status]);

  // An administrator changed the account's global role: the menus and pages follow at once (a
  // demoted coordinator's open overview kept failing with "not allowed" until a reload). A session
  // ended elsewhere (signed out, account deactivated) shows the sign-in at once.
  useEffect(
    () =>
      onAccountUpdated(() => {
        fetchMe().then(
          (user) => setState(stateFor(user)),
          (error: unknown) => {
            if (error instanceof ApiError && error.code === 'unauthenticated') {
              // Read before the pages go (and the drafts with the session): the sign-in offers it.
              // Not after a logout in this tab, whose own socket the server ends too.
              if (!isSigningOut.current)
                noteSessionEnded(collectUnsavedWork('', i18next.t('status.kept.unsentMessage')));
              setState(stateFor(null));
            }
          },
        );
      }),
    [],
  );

  const setUser = useCallback((user: User | null) => {
    isSigningOut.current = false;
    setState(stateFor(user));
  }, []);
  const retry = useCallback(() => {
    setState({ status: 'loading', user: null, error: null });
    setAttempt((n) => n + 1);
  }, []);
  const logout = useCallback(async () => {
    isSigningOut.current = true;
    try {
      await requestLogout();
    } catch (error) {
      isSigningOut.current = false; // still signed in: the menu says it failed
      throw error;
    }
    disconnectSocket();
    setState(stateFor(null));
  }, []);

  const session = useMemo(
    () => ({ ...state, setUser, logout, retry }),
    [state, setUser, logout, retry],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The signed-in user, for pages that are only rendered behind RequireAuth. */
export function useCurrentUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
}
