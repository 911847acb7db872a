import { useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Empty, Form, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect, UserName, UsersSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import type { Competence, Recruitment, RecruitmentDetail, RecruitmentProcess, RecruitmentStatus } from './types';

const METHODS = ['examination', 'selection', 'direct', 'contract'];
const STATUS_COLOURS: Record<RecruitmentStatus, string> = {
  planned: 'default', open: 'blue', selecting: 'gold', decided: 'green', closed: 'purple', cancelled: 'red',
};
const day = (d: unknown) => (d ? (d as dayjs.Dayjs).format('YYYY-MM-DD') : undefined);

function StatusTag({ status }: { status: RecruitmentStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`people.recruitment.statuses.${status}`)}</Tag>;
}

function useCatalogue() {
  const { i18n } = useTranslation();
  const catalogue = useQuery({ queryKey: ['competences', 'catalogue'], queryFn: () => api<{ items: Competence[] }>('/competences') });
  const items = catalogue.data?.items ?? [];
  const label = (c: Competence) => (i18n.language === 'en' ? c.name_en : c.name_vi);
  return {
    options: items.map((c) => ({ value: c.code, label: label(c) })),
    nameOf: (code: string) => { const c = items.find((x) => x.code === code); return c ? label(c) : code; },
  };
}

function ProcessForm({ process, onClose }: { process?: RecruitmentProcess; onClose: () => void }) {
  const { t } = useTranslation();
  const { options } = useCatalogue();
  return (
    <FormModal<Record<string, unknown>>
      title={process ? t('people.recruitment.editProcess') : t('people.recruitment.createProcess')} onClose={onClose}
      fields={['unit_id', 'position', 'competences', 'criteria', 'steps', 'document_id']}
      initialValues={process && { ...process, steps: process.steps.join('\n'), document_id: process.document_id ?? undefined }}
      send={async (v) => {
        const steps = String(v.steps ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
        const body = { position: v.position, criteria: v.criteria ?? '', competences: v.competences ?? [], steps,
          ...(v.document_id ? { document_id: v.document_id } : {}) };
        if (process) await api(`/recruitment-processes/${process.id}`, { method: 'PUT', json: { ...body, version: process.version } });
        else await api('/recruitment-processes', { method: 'POST', json: { ...body, unit_id: v.unit_id } });
        onClose();
      }}
    >
      {!process && <Form.Item name="unit_id" label={t('people.matrix.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>}
      <Form.Item name="position" label={t('people.recruitment.position')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
      <Form.Item name="competences" label={t('people.recruitment.competences')}><Select mode="multiple" options={options} /></Form.Item>
      <Form.Item name="criteria" label={t('people.recruitment.criteria')}><Input.TextArea maxLength={10000} rows={3} /></Form.Item>
      <Form.Item name="steps" label={t('people.recruitment.steps')} extra={t('people.recruitment.stepsHelp')}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="document_id" label={t('people.recruitment.document')}><InputNumber min={1} /></Form.Item>
    </FormModal>
  );
}

function CreateRecruitment({ onClose }: { onClose: (id?: number) => void }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<number>();
  const processes = useQuery({
    queryKey: ['recruitment-processes', 'unit', unitId], enabled: !!unitId,
    queryFn: () => api<Page<RecruitmentProcess>>('/recruitment-processes', { query: { unit_id: unitId, limit: 200 } }),
  });
  return (
    <FormModal<Record<string, unknown>>
      title={t('people.recruitment.create')} onClose={() => onClose()}
      fields={['unit_id', 'process_id', 'title', 'vacancies', 'opened_on', 'method', 'panel_ids']}
      send={async (v) => {
        const made = await api<RecruitmentDetail>('/recruitments', {
          method: 'POST', json: { ...v, opened_on: day(v.opened_on), panel_ids: v.panel_ids ?? [] },
        });
        onClose(made.id);
      }}
    >
      <Form.Item name="unit_id" label={t('people.matrix.unit')} rules={[{ required: true }]}>
        <UnitSelect onChange={(v) => setUnitId(v)} />
      </Form.Item>
      <Form.Item name="process_id" label={t('people.recruitment.process')} rules={[{ required: true }]}>
        <Select options={(processes.data?.items ?? []).map((p) => ({ value: p.id, label: p.position }))} />
      </Form.Item>
      <Form.Item name="title" label={t('people.recruitment.recruitmentTitle')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
      <Space wrap>
        <Form.Item name="vacancies" label={t('people.recruitment.vacancies')} initialValue={1} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <Form.Item name="opened_on" label={t('people.recruitment.openedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="method" label={t('people.recruitment.method')} rules={[{ required: true }]}>
          <Select style={{ width: 200 }} options={METHODS.map((m) => ({ value: m, label: t(`people.recruitment.methods.${m}`) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="panel_ids" label={t('people.recruitment.panel')}><UsersSelect /></Form.Item>
    </FormModal>
  );
}

function Processes() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const { nameOf } = useCatalogue();
  const [editing, setEditing] = useState<RecruitmentProcess | 'new'>();
  const list = useQuery({ queryKey: ['recruitment-processes'], queryFn: () => api<Page<RecruitmentProcess>>('/recruitment-processes', { query: { limit: 200 } }) });
  return (
    <>
      {can('manage_competences') && (
        <Button style={{ margin: '12px 0' }} onClick={() => setEditing('new')}>{t('people.recruitment.createProcess')}</Button>
      )}
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<RecruitmentProcess>
        rowKey="id" size="small" data-testid="recruitment-processes" loading={list.isLoading} dataSource={list.data?.items ?? []}
        pagination={false} scroll={{ x: 700 }} locale={{ emptyText: <Empty description={t('people.recruitment.emptyProcesses')} /> }}
        expandable={{
          expandedRowRender: (p) => (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('people.recruitment.criteria')}>{p.criteria}</Descriptions.Item>
              <Descriptions.Item label={t('people.recruitment.steps')}>
                <ol style={{ margin: 0 }}>{p.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
              </Descriptions.Item>
              {p.document_id && (
                <Descriptions.Item label={t('people.recruitment.document')}>
                  <Link to={`/documents/${p.document_id}`}>#{p.document_id}</Link>
                </Descriptions.Item>
              )}
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('people.recruitment.position'), dataIndex: 'position' },
          { title: t('people.matrix.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('people.recruitment.competences'), dataIndex: 'competences', render: (v: string[]) => v.map((c) => <Tag key={c}>{nameOf(c)}</Tag>) },
          ...(can('manage_competences') ? [{
            title: '', key: 'edit',
            render: (_: unknown, p: RecruitmentProcess) => <Button size="small" onClick={() => setEditing(p)}>{t('common.edit')}</Button>,
          }] : []),
        ]}
      />
      {editing && (
        <ProcessForm process={editing === 'new' ? undefined : editing}
          onClose={() => { setEditing(undefined); void qc.invalidateQueries({ queryKey: ['recruitment-processes'] }); }} />
      )}
    </>
  );
}

function Recruitments() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['recruitments'], queryFn: () => api<Page<Recruitment>>('/recruitments', { query: { limit: 200 } }) });
  return (
    <>
      {can('manage_competences') && (
        <Button type="primary" style={{ margin: '12px 0' }} onClick={() => setCreating(true)}>{t('people.recruitment.create')}</Button>
      )}
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<Recruitment>
        rowKey="id" size="small" data-testid="recruitments-table" loading={list.isLoading} dataSource={list.data?.items ?? []}
        pagination={false} scroll={{ x: 800 }} locale={{ emptyText: <Empty description={t('people.recruitment.empty')} /> }}
        columns={[
          { title: t('people.recruitment.recruitmentTitle'), dataIndex: 'title', render: (v: string, r) => <Link to={`/recruitments/${r.id}`}>{v}</Link> },
          { title: t('people.recruitment.position'), dataIndex: 'position', responsive: ['md'] },
          { title: t('people.matrix.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['lg'] },
          { title: t('people.recruitment.vacancies'), dataIndex: 'vacancies' },
          { title: t('people.recruitment.openedOn'), dataIndex: 'opened_on', render: (v: string) => dayjs(v).format('DD/MM/YYYY'), responsive: ['md'] },
          { title: t('people.recruitment.status'), dataIndex: 'status', render: (s: RecruitmentStatus) => <StatusTag status={s} /> },
        ]}
      />
      {creating && (
        <CreateRecruitment onClose={() => { setCreating(false); void qc.invalidateQueries({ queryKey: ['recruitments'] }); }} />
      )}
    </>
  );
}

/** Recruitment (ISO 21001 7.1.2): the recruitments of the units the caller sees, and how each unit recruits. */
export function RecruitmentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('people.recruitment.title')}</Typography.Title>
      <Tabs items={[
        { key: 'recruitments', label: t('people.recruitment.list'), children: <Recruitments /> },
        { key: 'processes', label: t('people.recruitment.processes'), children: <Processes /> },
      ]} />
    </>
  );
}

type Dialog = 'decide' | 'cancel' | 'start_selection';

/** One recruitment: its facts, the workflow buttons the caller may press, its retained results. */
export function RecruitmentPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>();
  const [error, setError] = useState<string>();
  const detail = useQuery({ queryKey: ['recruitments', id], queryFn: () => api<RecruitmentDetail>(`/recruitments/${id}`) });
  const refresh = () => { void qc.invalidateQueries({ queryKey: ['recruitments'] }); };
  const r = detail.data;
  if (detail.error) return <Alert type="error" showIcon message={errorText(detail.error)} />;
  if (!r) return null;
  const step = async (action: string, fields: Record<string, unknown> = {}) => {
    await api(`/recruitments/${id}/steps`, { method: 'POST', json: { version: r.version, action, ...fields } });
    refresh();
  };
  const press = async (action: string) => {
    if (action === 'decide' || action === 'cancel' || action === 'start_selection') { setDialog(action); return; }
    setError(undefined);
    try {
      await step(action);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <>
      <Link to="/recruitments">{t('people.recruitment.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{r.title}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <StatusTag status={r.status} />
        {r.archived_at && <Tag>{t('people.recruitment.archived')}</Tag>}
        {r.actions.map((a) => (
          <Button key={a} danger={a === 'cancel'} type={a === 'cancel' ? 'default' : 'primary'} onClick={() => void press(a)}>
            {t(`people.recruitment.actions.${a}`)}
          </Button>
        ))}
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} closable onClose={() => setError(undefined)} />}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="recruitment-facts">
        <Descriptions.Item label={t('people.recruitment.position')}>{r.position}</Descriptions.Item>
        <Descriptions.Item label={t('people.matrix.unit')}><UnitName id={r.unit_id} /></Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.vacancies')}>{r.vacancies}</Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.method')}>{t(`people.recruitment.methods.${r.method}`)}</Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.openedOn')}>{dayjs(r.opened_on).format('DD/MM/YYYY')}</Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.candidates')}>{r.candidates}</Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.panel')}>
          {r.panel_ids.map((u, i) => <span key={u}>{i > 0 && ', '}<UserName id={u} /></span>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.decidedOn')}>{r.decided_on ? dayjs(r.decided_on).format('DD/MM/YYYY') : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.appointed')}>{r.appointed.map((a) => a.name).join(', ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('people.recruitment.outcome')}>{r.outcome || '—'}</Descriptions.Item>
        {r.cancel_reason && (
          <Descriptions.Item label={t('people.recruitment.reason')}>{r.cancel_reason}</Descriptions.Item>
        )}
      </Descriptions>
      <AttachmentsCard
        path={`/recruitments/${id}/attachments`} title={t('people.recruitment.results')} style={{ marginTop: 16 }}
        mayUpload={r.may_attach} mayRemove={r.may_remove_files} onChanged={refresh}
        removeConfirm={(name) => t('people.recruitment.resultsRemove', { name })}
      />
      {dialog === 'start_selection' && (
        <FormModal<Record<string, unknown>>
          title={t('people.recruitment.actions.start_selection')} fields={['candidates', 'comment']} onClose={() => setDialog(undefined)}
          initialValues={{ candidates: r.candidates }}
          send={async (v) => { await step('start_selection', v); setDialog(undefined); }}
        >
          <Form.Item name="candidates" label={t('people.recruitment.candidates')}><InputNumber min={0} /></Form.Item>
          <Form.Item name="comment" label={t('people.recruitment.comment')}><Input.TextArea maxLength={2000} /></Form.Item>
        </FormModal>
      )}
      {dialog === 'decide' && (
        <FormModal<Record<string, unknown>>
          title={t('people.recruitment.actions.decide')} onClose={() => setDialog(undefined)}
          fields={['decided_on', 'outcome', 'candidates', 'comment']} initialValues={{ candidates: r.candidates }}
          send={async (v) => {
            const users = ((v.users as number[] | undefined) ?? []).map((u) => ({ user_id: u }));
            const names = ((v.names as string[] | undefined) ?? []).map((n) => ({ name: n }));
            await step('decide', {
              decided_on: day(v.decided_on), appointed: [...users, ...names], outcome: v.outcome,
              ...(v.candidates !== undefined && v.candidates !== null ? { candidates: v.candidates } : {}),
              ...(v.comment ? { comment: v.comment } : {}),
            });
            setDialog(undefined);
          }}
        >
          <Form.Item name="decided_on" label={t('people.recruitment.decidedOn')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="users" label={t('people.recruitment.appointedUsers')}><UsersSelect /></Form.Item>
          <Form.Item name="names" label={t('people.recruitment.appointedNames')}>
            <Select mode="tags" open={false} tokenSeparators={[',']} />
          </Form.Item>
          <Form.Item name="outcome" label={t('people.recruitment.outcome')} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea />
          </Form.Item>
          <Form.Item name="candidates" label={t('people.recruitment.candidates')}><InputNumber min={0} /></Form.Item>
          <Form.Item name="comment" label={t('people.recruitment.comment')}><Input.TextArea maxLength={2000} /></Form.Item>
        </FormModal>
      )}
      {dialog === 'cancel' && (
        <FormModal<Record<string, unknown>>
          title={t('people.recruitment.actions.cancel')} fields={['reason']} onClose={() => setDialog(undefined)}
          send={async (v) => { await step('cancel', { reason: v.reason }); setDialog(undefined); }}
        >
          <Form.Item name="reason" label={t('people.recruitment.reason')} rules={[{ required: true, max: 1000 }]}>
            <Input.TextArea />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
