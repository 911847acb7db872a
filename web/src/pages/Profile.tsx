import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Popconfirm, Row, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { applyProblem, errorText, isStale } from '../api/problem';
import type { Token, User } from '../api/types';
import { useSession } from '../session';
import { CalendarFeedsCard } from '../certification/CalendarFeedsCard';
import { DeliveryCard } from '../notifications/DeliveryCard';
import { formatDateTime } from '../format';
import type { Lang } from '../i18n';

const ZONES = ['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'Europe/Paris', 'America/New_York', 'UTC'];

export default function Profile() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, login, setLanguage, refresh, timeZone } = useSession();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api<User>('/me') });
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: () => api<{ items: Token[] }>('/tokens') });
  const [pform] = Form.useForm();
  const [pwForm] = Form.useForm();
  const [tForm] = Form.useForm();
  const [pErr, setPErr] = useState<string | null>(null);
  const [pwErr, setPwErr] = useState<string | null>(null);
  const [tErr, setTErr] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);

  const saveProfile = async (v: { full_name: string; language: Lang; time_zone: string }) => {
    setPErr(null);
    try {
      await api('/me', { method: 'PATCH', json: { version: me.data!.version, ...v } });
      await setLanguage(v.language);
      message.success(t('common.saved'));
      void me.refetch();
      refresh();
    } catch (e) {
      if (isStale(e)) {
        message.warning(t('common.staleVersion'));
        void me.refetch();
        return;
      }
      setPErr(applyProblem(pform, e, ['full_name', 'language', 'time_zone']));
    }
  };
  const changePassword = async (v: { current_password: string; new_password: string }) => {
    setPwErr(null);
    try {
      await api('/me/password', { method: 'POST', json: v });
      // The change ends every session of the account, this one too: log this browser in again with the new password.
      await login(user!.email, v.new_password);
      pwForm.resetFields();
      message.success(t('profile.passwordChanged'));
    } catch (e) {
      setPwErr(applyProblem(pwForm, e, ['current_password', 'new_password']));
    }
  };
  const createToken = async (v: { name: string; expires_on?: Dayjs }) => {
    setTErr(null);
    try {
      const r = await api<Token & { token: string }>('/tokens', {
        method: 'POST',
        json: { name: v.name, ...(v.expires_on ? { expires_on: v.expires_on.format('YYYY-MM-DD') } : {}) },
      });
      setSecret(r.token);
      tForm.resetFields();
      void tokens.refetch();
    } catch (e) {
      setTErr(applyProblem(tForm, e, ['name', 'expires_on']));
    }
  };
  const revoke = async (tk: Token) => {
    try {
      await api(`/tokens/${tk.id}`, { method: 'DELETE' });
      void tokens.refetch();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('profile.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('profile.title')}>
            {me.error && <Alert type="error" message={errorText(me.error)} />}
            {pErr && <Alert type="error" showIcon message={pErr} style={{ marginBottom: 12 }} />}
            {me.data && (
              <Form form={pform} layout="vertical" initialValues={me.data} onFinish={(v) => void saveProfile(v)}>
                <Form.Item label="E-mail"><Input value={me.data.email} disabled aria-label="E-mail" /></Form.Item>
                <Form.Item name="full_name" label={t('profile.fullName')} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
                <Form.Item name="language" label={t('profile.language')}>
                  <Select options={[{ value: 'vi', label: t('lang.vi') }, { value: 'en', label: t('lang.en') }]} />
                </Form.Item>
                <Form.Item name="time_zone" label={t('profile.timeZone')}>
                  <Select showSearch options={ZONES.map((z) => ({ value: z, label: z }))} />
                </Form.Item>
                <Button type="primary" htmlType="submit">{t('common.save')}</Button>
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('profile.password')}>
            {pwErr && <Alert type="error" showIcon message={pwErr} style={{ marginBottom: 12 }} />}
            <Form form={pwForm} layout="vertical" onFinish={(v) => void changePassword(v)}>
              <Form.Item name="current_password" label={t('profile.currentPassword')} rules={[{ required: true }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item name="new_password" label={t('profile.newPassword')} rules={[{ required: true, min: 10 }]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit">{t('profile.changePassword')}</Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('profile.tokens')}>
            {secret && (
              <Alert type="warning" showIcon closable onClose={() => setSecret(null)} message={t('profile.secretOnce')}
                description={<Typography.Text code copyable data-testid="token-secret">{secret}</Typography.Text>} style={{ marginBottom: 12 }} />
            )}
            {tErr && <Alert type="error" showIcon message={tErr} style={{ marginBottom: 12 }} />}
            <Form form={tForm} layout="inline" onFinish={(v) => void createToken(v)} style={{ marginBottom: 12, rowGap: 8 }}>
              <Form.Item name="name" label={t('profile.tokenName')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
              <Form.Item name="expires_on" label={t('profile.expiresOn')}><DatePicker format="DD/MM/YYYY" /></Form.Item>
              <Button type="primary" htmlType="submit">{t('profile.createToken')}</Button>
            </Form>
            <Table<Token>
              rowKey="id"
              size="small"
              pagination={false}
              loading={tokens.isLoading}
              dataSource={tokens.data?.items ?? []}
              scroll={{ x: 600 }}
              columns={[
                { title: t('profile.tokenName'), dataIndex: 'name' },
                { title: t('profile.createdAt'), dataIndex: 'created_at', render: (v: string) => formatDateTime(v, timeZone) },
                { title: t('profile.expiresAt'), dataIndex: 'expires_at', render: (v: string) => formatDateTime(v, timeZone) },
                { title: t('profile.lastUsed'), dataIndex: 'last_used_at', render: (v: string | null) => formatDateTime(v, timeZone) },
                {
                  title: t('common.actions'),
                  key: 'a',
                  render: (_, tk) =>
                    tk.revoked_at ? <Tag>{t('profile.revoked')}</Tag> : (
                      <Popconfirm title={t('profile.revoke') + '?'} onConfirm={() => void revoke(tk)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                        <Button size="small" danger>{t('profile.revoke')}</Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <DeliveryCard />
        </Col>
        <Col xs={24}>
          <CalendarFeedsCard />
        </Col>
      </Row>
    </>
  );
}
