import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api/client';
import type { Lang, Permission, Principal, Session, User } from './api/types';
import i18n, { currentLanguage, rememberLanguage, storedLanguage } from './i18n';
import { DEFAULT_TZ } from './format';
import { can } from './permissions';

interface SessionValue {
  user: Principal | null;
  loading: boolean;
  /** True after the user logged out (rather than the session running out), until the next login. */
  loggedOut: boolean;
  timeZone: string;
  /** Whether the user's roles give `permission` anywhere, or on the unit with this materialised path. */
  can: (permission: Permission, unitPath?: string) => boolean;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  setLanguage: (lang: Lang) => Promise<void>;
  refresh: () => void;
}

const Ctx = createContext<SessionValue | null>(null);
const KEY = ['session'];

async function loadSession(): Promise<Session | null> {
  try {
    const s = await api<Session>('/session');
    setCsrfToken(s.csrf_token ?? null);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** Saves the UI language as the user's profile language when it differs. */
async function syncProfileLanguage(user: Principal, lang: Lang) {
  if (user.language === lang) return;
  const me = await api<User>('/me');
  await api<User>('/me', { method: 'PATCH', json: { version: me.version, language: lang } });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: KEY, queryFn: loadSession, staleTime: Infinity, retry: false });
  const user = q.data?.user ?? null;
  const [loggedOut, setLoggedOut] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(KEY, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [qc]);

  // The explicit choice stored in this browser wins; otherwise adopt the profile's language.
  useEffect(() => {
    if (!user) return;
    const chosen = storedLanguage();
    if (chosen) {
      if (chosen !== user.language) void syncProfileLanguage(user, chosen).catch(() => undefined);
    } else if (user.language !== currentLanguage()) {
      void i18n.changeLanguage(user.language);
    }
  }, [user]);

  const login = useCallback(
    async (email: string, password: string) => {
      const s = await api<Session>('/session', { method: 'POST', json: { email, password } });
      setCsrfToken(s.csrf_token ?? null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      qc.setQueryData(KEY, s);
      setLoggedOut(false);
    },
    [qc],
  );

  const logout = useCallback(async () => {
    // This browser logs out whatever the server answers (the session may have ended already, e.g. by a password change).
    await api('/session', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken(null);
    setLoggedOut(true);
    qc.setQueryData(KEY, null);
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  }, [qc]);

  const setLanguage = useCallback(
    async (lang: Lang) => {
      rememberLanguage(lang);
      await i18n.changeLanguage(lang);
      if (user) {
        try {
          await syncProfileLanguage(user, lang);
          qc.setQueryData<Session | null>(KEY, (s) => (s ? { ...s, user: { ...s.user, language: lang } } : s));
        } catch {
          /* the UI language still changed; the profile keeps the old one */
        }
      }
    },
    [user, qc],
  );

  const value = useMemo<SessionValue>(
    () => ({
      user,
      loading: q.isLoading,
      loggedOut,
      timeZone: user?.time_zone || DEFAULT_TZ,
      can: (permission, unitPath) => can(user, permission, unitPath),
      login,
      logout,
      setLanguage,
      refresh: () => void qc.invalidateQueries({ queryKey: KEY }),
    }),
    [user, q.isLoading, loggedOut, login, logout, setLanguage, qc],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** For tests and places without a provider. */
export { Ctx as SessionContext };
export type { SessionValue };
