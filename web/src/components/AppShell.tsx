import { Suspense, useState } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { LanguageSwitch } from './LanguageSwitch';
import { SCREENS, type MenuGroup, type Screen } from '../screens';
import { foldedGroups, groupOf, menuTree, rememberFolded } from './menuTree';

export function AppShell() {
  const { t } = useTranslation();
  const { user, logout, can } = useSession();
  const screens = Grid.useBreakpoint();
  const small = !screens.lg;
  const [drawer, setDrawer] = useState(false);
  const [folded, setFolded] = useState<MenuGroup[]>(foldedGroups);
  const location = useLocation();

  const nav = SCREENS.filter((s) => s.menu !== false && (!s.permission || can(s.permission)));
  // A menu entry is selected on its page and the pages under it ("/audits/7"), not on a longer name ("/audit" and "/audits").
  const selected = nav.filter((n) => location.pathname === n.path || (n.path !== '/' && location.pathname.startsWith(`${n.path}/`)))
    .map((n) => n.path);
  const current = groupOf(nav, selected);
  const entry = (n: Screen) => ({ key: n.path, label: <Link to={n.path}>{t(`nav.${n.key}`)}</Link> });
  const tree = menuTree(nav);
  const groups = tree.flatMap((n) => ('group' in n ? [n.group] : []));
  // Every group is unfolded until the user folds it; the open page's group stays unfolded.
  const openKeys = groups.filter((g) => g === current || !folded.includes(g)).map((g) => `group:${g}`);
  const onOpenChange = (keys: string[]) => {
    const next = groups.filter((g) => !keys.includes(`group:${g}`) && g !== current);
    setFolded(next);
    rememberFolded(next);
  };
  const menu = (
    <nav aria-label={t('shell.navigation')}>
      <Menu
        mode="inline"
        selectedKeys={selected}
        openKeys={openKeys}
        onOpenChange={onOpenChange}
        onClick={() => setDrawer(false)}
        items={tree.map((n) => ('group' in n
          ? { key: `group:${n.group}`, label: t(`navGroup.${n.group}`), children: n.screens.map(entry) }
          : entry(n.screen)))}
        style={{ borderInlineEnd: 0 }}
        inlineIndent={16}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!small && (
        <Layout.Sider width={248} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 24px', fontWeight: 700, fontSize: 18 }}>{t('app.name')}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {small && (
            <Button
              icon={<MenuOutlined />}
              aria-label={t('shell.menu')}
              data-testid="menu-button"
              onClick={() => setDrawer(true)}
            />
          )}
          {small && <span style={{ fontWeight: 700 }}>{t('app.name')}</span>}
          <div style={{ flex: 1 }} />
          <Space size="middle">
            <LanguageSwitch />
            {!small && (
              <Typography.Text>
                <Link to="/profile">{user?.full_name}</Link>
              </Typography.Text>
            )}
            <Button
              icon={<LogoutOutlined />}
              aria-label={t('shell.logout')}
              onClick={() => void logout()}
            >
              {small ? null : t('shell.logout')}
            </Button>
          </Space>
        </Layout.Header>
        {/* Layout.Content is the page's one <main>. */}
        <Layout.Content style={{ padding: small ? 12 : 24 }}>
          <Suspense fallback={<Spin aria-label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <Drawer
        open={small && drawer}
        onClose={() => setDrawer(false)}
        placement="left"
        width={280}
        title={t('app.name')}
        closeIcon={<span aria-label={t('common.close')}>×</span>}
      >
        {menu}
      </Drawer>
    </Layout>
  );
}
