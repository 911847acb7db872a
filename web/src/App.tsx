import { lazy, Suspense, useEffect, useState } from 'react';
import { ConfigProvider, App as AntApp, Spin, Result } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from './session';
import { setLanguageSource } from './api/client';
import i18n, { currentLanguage } from './i18n';
import { AppShell } from './components/AppShell';
import Login from './pages/Login';

const Home = lazy(() => import('./pages/Home'));
const Organisation = lazy(() => import('./pages/Organisation'));
const Users = lazy(() => import('./pages/Users'));
const Actions = lazy(() => import('./pages/Actions'));
const Standards = lazy(() => import('./pages/Standards'));
const Documents = lazy(() => import('./pages/Documents'));
const AuditTrail = lazy(() => import('./pages/AuditTrail'));
const Profile = lazy(() => import('./pages/Profile'));

setLanguageSource(currentLanguage);

function RequireLogin() {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin style={{ margin: 48 }} />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <AppShell />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('errors.notFound')} />;
}

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
      <ConfigProvider locale={lang === 'en' ? enUS : viVN}>
        <AntApp>
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
              <Route index element={<Home />} />
              <Route path="organisation" element={<Organisation />} />
              <Route path="users" element={<Users />} />
              <Route path="actions" element={<Actions />} />
              <Route path="standards" element={<Standards />} />
              <Route path="documents" element={<Documents />} />
              <Route path="audit" element={<AuditTrail />} />
              <Route path="profile" element={<Profile />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </Providers>
  );
}
