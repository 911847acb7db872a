import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, buildUrl, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import type { Competence, TrainingDetail, TrainingProgramme } from './types';
import { TrainingEvaluationPanel } from './TrainingEvaluation';

const ROLES = ['administrator', 'top_management', 'quality_manager', 'process_owner', 'internal_auditor', 'staff'];
const instant = (d: unknown) => (d as dayjs.Dayjs).toISOString();

function CreateProgramme({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const catalogue = useQuery({ queryKey: ['competences', 'catalogue'], queryFn: () => api<{ items: Competence[] }>('/competences') });
  return (
    <FormModal<Record<string, unknown>>
      title={t('people.training.create')} onClose={onClose}
      fields={['unit_id', 'title', 'provider', 'competences', 'max_score', 'pass_mark']}
      send={async (v) => {
        await api('/trainings', { method: 'POST', json: { ...v, competences: v.competences ?? [] } });
        onClose();
      }}
    >
      <Form.Item name="unit_id" label={t('people.matrix.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="title" label={t('people.training.programme')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
      <Form.Item name="provider" label={t('people.training.provider')}><Input maxLength={300} /></Form.Item>
      <Form.Item name="competences" label={t('people.training.competences')}>
        <Select mode="multiple" options={(catalogue.data?.items ?? []).map((c) => ({
          value: c.code, label: i18n.language === 'en' ? c.name_en : c.name_vi,
        }))} />
      </Form.Item>
      <Space>
        <Form.Item name="max_score" label={t('people.training.maxScore')} initialValue={10} rules={[{ required: true }]}>
          <InputNumber min={0.5} max={1000} />
        </Form.Item>
        <Form.Item name="pass_mark" label={t('people.training.passMark')} initialValue={5} rules={[{ required: true }]}>
          <InputNumber min={0} max={1000} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

export function TrainingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['trainings'], queryFn: () => api<Page<TrainingProgramme>>('/trainings', { query: { limit: 200 } }) });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('people.training.title')}</Typography.Title>
        {can('manage_training') && <Button type="primary" onClick={() => setCreating(true)}>{t('people.training.create')}</Button>}
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table
        rowKey="id" size="small" data-testid="trainings-table" style={{ marginTop: 16 }} loading={list.isLoading}
        dataSource={list.data?.items ?? []} pagination={false} scroll={{ x: 600 }}
        locale={{ emptyText: <Empty description={t('people.training.empty')} /> }}
        columns={[
          { title: t('people.training.programme'), dataIndex: 'title', render: (v: string, r) => <Link to={`/trainings/${r.id}`}>{v}</Link> },
          { title: t('people.matrix.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('people.training.provider'), dataIndex: 'provider', responsive: ['md'] },
        ]}
      />
      {creating && <CreateProgramme onClose={() => { setCreating(false); void qc.invalidateQueries({ queryKey: ['trainings'] }); }} />}
    </>
  );
}

export function TrainingPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [session, setSession] = useState<number>();
  const [scores, setScores] = useState<Record<number, number | null>>({});
  const [error, setError] = useState<string>();
  const detail = useQuery({ queryKey: ['trainings', id], queryFn: () => api<TrainingDetail>(`/trainings/${id}`) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['trainings', id] });
  const act = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await fn();
      refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const p = detail.data;
  // A participant without the right to view the programme still gives their reaction through the panel.
  if (detail.error) return <TrainingEvaluationPanel id={id} fallback={<Alert type="error" showIcon message={errorText(detail.error)} />} />;
  if (!p) return null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <>
      <Link to="/trainings">{t('people.training.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{p.title}</Typography.Title>
      <Typography.Paragraph>{p.provider} · {t('people.training.passMark')}: {p.pass_mark} / {p.max_score}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('people.training.sessions')}</Typography.Title>
      {p.manages && <Button onClick={() => setAdding(true)} style={{ marginBottom: 8 }}>{t('people.training.addSession')}</Button>}
      <Table
        rowKey="id" size="small" data-testid="sessions-table" dataSource={p.sessions} pagination={false} scroll={{ x: 700 }}
        expandable={{
          expandedRowRender: (s) => (
            <AttachmentsCard
              path={`/trainings/${id}/sessions/${s.id}/attachments`} title={t('people.sessionFiles')}
              mayUpload={p.manages} mayRemove={p.manages} onChanged={refresh}
              removeConfirm={(name) => t('people.sessionFilesRemove', { name })}
            />
          ),
        }}
        columns={[
          { title: t('people.training.sessionTitle'), dataIndex: 'title' },
          { title: t('people.training.startsAt'), dataIndex: 'starts_at', render: (v: string) => dayjs(v).format('DD/MM/YYYY HH:mm') },
          { title: t('people.training.trainer'), dataIndex: 'trainer', responsive: ['md'] },
          { title: t('people.training.place'), dataIndex: 'place', responsive: ['lg'] },
          { title: t('people.sessionFiles'), key: 'files', render: (_: unknown, s: TrainingDetail['sessions'][number]) => s.files?.length ?? 0 },
          ...(p.manages ? [{
            title: t('people.training.qr'), key: 'qr',
            render: (_: unknown, s: TrainingDetail['sessions'][number]) => (
              <Space direction="vertical">
                <Typography.Text code data-testid="checkin-code">{s.checkin_code}</Typography.Text>
                <img alt={t('people.training.qr')} width={96} src={buildUrl(`/trainings/${id}/sessions/${s.id}/qr.svg`)} />
              </Space>
            ),
          }] : []),
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>{t('people.training.participants')}</Typography.Title>
      {p.manages && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Button onClick={() => setInviting(true)}>{t('people.training.invite')}</Button>
          <Select aria-label={t('people.training.sessions')} placeholder={t('people.training.sessions')} value={session}
            onChange={setSession} style={{ width: 220 }} options={p.sessions.map((s) => ({ value: s.id, label: s.title }))} />
        </Space>
      )}
      <Table
        rowKey="user_id" size="small" data-testid="participants-table" dataSource={p.participants} pagination={false}
        scroll={{ x: 700 }}
        columns={[
          { title: t('people.matrix.person'), dataIndex: 'full_name' },
          { title: t('people.training.attended'), dataIndex: 'sessions_attended' },
          { title: t('people.training.passed'), key: 'passed',
            render: (_: unknown, r: TrainingDetail['participants'][number]) => (r.passed === null ? null
              : <Tag color={r.passed ? 'green' : 'red'}>{r.score} · {r.passed ? t('people.training.pass') : t('people.training.fail')}</Tag>) },
          ...(p.manages ? [{
            title: '', key: 'act',
            render: (_: unknown, r: TrainingDetail['participants'][number]) => (
              <Space wrap>
                <Button size="small" disabled={!session} onClick={() => void act(() => api(`/trainings/${id}/sessions/${session}/attendance`,
                  { method: 'POST', json: { user_ids: [r.user_id] } }))}>{t('people.training.present')}</Button>
                <InputNumber size="small" aria-label={t('people.training.score')} min={0} value={scores[r.user_id] ?? null}
                  onChange={(v) => setScores({ ...scores, [r.user_id]: v })} style={{ width: 80 }} />
                <Button size="small" onClick={() => void act(() => api(`/trainings/${id}/results/${r.user_id}`,
                  { method: 'PUT', json: { score: scores[r.user_id] ?? 0 } }))}>{t('people.training.record')}</Button>
                {r.passed && <a href={buildUrl(`/trainings/${id}/certificates/${r.user_id}`, { lang })}>{t('people.training.certificate')}</a>}
              </Space>
            ),
          }] : []),
        ]}
      />
      <TrainingEvaluationPanel id={id} />
      {adding && (
        <FormModal<Record<string, unknown>>
          title={t('people.training.addSession')} fields={['title', 'trainer', 'place', 'topics', 'starts_at', 'ends_at']}
          onClose={() => { setAdding(false); refresh(); }}
          send={async (v) => {
            await api(`/trainings/${id}/sessions`, { method: 'POST', json: { ...v, starts_at: instant(v.starts_at), ends_at: instant(v.ends_at) } });
            setAdding(false);
            refresh();
          }}
        >
          <Form.Item name="title" label={t('people.training.sessionTitle')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
          <Form.Item name="trainer" label={t('people.training.trainer')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
          <Form.Item name="place" label={t('people.training.place')}><Input maxLength={300} /></Form.Item>
          <Form.Item name="topics" label={t('people.training.topics')}><Input.TextArea maxLength={5000} /></Form.Item>
          <Form.Item name="starts_at" label={t('people.training.startsAt')} rules={[{ required: true }]}><DatePicker showTime format="DD/MM/YYYY HH:mm" /></Form.Item>
          <Form.Item name="ends_at" label={t('people.training.endsAt')} rules={[{ required: true }]}><DatePicker showTime format="DD/MM/YYYY HH:mm" /></Form.Item>
        </FormModal>
      )}
      {inviting && (
        <FormModal<Record<string, unknown>>
          title={t('people.training.invite')} fields={['unit_id', 'role']} onClose={() => { setInviting(false); refresh(); }}
          send={async (v) => {
            await api(`/trainings/${id}/invitations`, { method: 'POST', json: v.role ? v : { unit_id: v.unit_id } });
            setInviting(false);
            refresh();
          }}
        >
          <Form.Item name="unit_id" label={t('people.matrix.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
          <Form.Item name="role" label={t('people.training.role')}>
            <Select allowClear options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`, r) }))} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}

/** The phone page the room's QR code opens: checks the logged-in person in with the code in the link. */
export function CheckInPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const [typed, setTyped] = useState(code);
  const [done, setDone] = useState<string>();
  const [programme, setProgramme] = useState<number>();
  const [error, setError] = useState<string>();
  return (
    <div style={{ maxWidth: 420, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('people.training.checkIn')}</Typography.Title>
      <Typography.Paragraph>{t('people.training.checkInCode')}</Typography.Paragraph>
      <Input size="large" aria-label={t('people.training.code')} value={typed} onChange={(e) => setTyped(e.target.value)} />
      <Button type="primary" size="large" block style={{ marginTop: 12 }} onClick={async () => {
        setError(undefined);
        try {
          const s = await api<{ title: string; programme_id: number }>('/trainings/check-in', { method: 'POST', json: { code: typed.trim() } });
          setDone(s.title);
          setProgramme(s.programme_id);
        } catch (e) {
          setError(errorText(e));
        }
      }}>{t('people.training.checkIn')}</Button>
      {done && <Alert type="success" showIcon style={{ marginTop: 12 }} message={t('people.training.checkedIn', { title: done })} />}
      {programme && <Link to={`/trainings/${programme}/reaction`} style={{ display: 'block', marginTop: 12 }}>{t('peopleEval.reaction.giveReaction')}</Link>}
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={error} />}
    </div>
  );
}
