import { Suspense, useEffect, useState } from 'react';
import { ConfigProvider, App as AntApp, Spin, Result } from 'antd';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from './session';
import { setLanguageSource } from './api/client';
import i18n, { currentLanguage } from './i18n';
import { AppShell } from './components/AppShell';
import Login from './pages/Login';
import { SCREENS, type Screen } from './screens';
import { theme, vi as viLocale, en as enLocale } from './theme';

setLanguageSource(currentLanguage);

function RequireLogin() {
  const { user, loading, loggedOut } = useSession();
  const location = useLocation();
  if (loading) return <Spin style={{ margin: 48 }} />;
  // Back to this page after logging in again, unless the user logged out on purpose.
  if (!user) return <Navigate to="/login" replace state={loggedOut ? null : { from: location.pathname + location.search }} />;
  return <AppShell />;
}

/** The screen's page, or "not allowed" for a user whose roles do not give the screen's permission. */
function Guarded({ screen }: { screen: Screen }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (screen.permission && !can(screen.permission)) {
    return <Result status="403" title="403" subTitle={t('errors.forbidden')} />;
  }
  return <screen.page />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('errors.notFound')} />;
}

// Toasts go inside <main>, so that what they say is within a landmark like the rest of the page (axe's "region").
const toastContainer = () => document.querySelector<HTMLElement>('main') ?? document.body;

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 } } }),
  );
  const [lang, setLang] = useState(currentLanguage());
  useEffect(() => {
    const h = (l: string) => {
      setLang(l === 'en' ? 'en' : 'vi');
      // Server texts (problem details, nothing else) follow the language; refetch lists to be safe.
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    };
    i18n.on('languageChanged', h);
    return () => i18n.off('languageChanged', h);
  }, [client]);
  return (
    <QueryClientProvider client={client}>
      <ConfigProvider locale={lang === 'en' ? enLocale : viLocale} theme={theme}>
        <AntApp message={{ getContainer: toastContainer }} notification={{ getContainer: toastContainer }}>
          <SessionProvider>{children}</SessionProvider>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}

export default function App() {
  return (
    <Providers>
      <BrowserRouter>
        <Suspense fallback={<Spin style={{ margin: 48 }} />}>
          <Routes>
            <Route path="/login" element={<Login />} />
            <Route element={<RequireLogin />}>
              {SCREENS.map((s) => <Route key={s.key} path={s.path} element={<Guarded screen={s} />} />)}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </Providers>
  );
}
