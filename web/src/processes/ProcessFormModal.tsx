import { App, Button, Form, Input, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { ProcessSelect, UnitSelect, UserSelect } from '../components/RemoteSelect';
import { ClauseSelect } from '../documents/Clauses';
import { api } from '../api/client';
import { useRefreshProcesses } from './cache';
import { PROCESS_CATEGORIES, RISK_LEVELS, type Process, type ProcessFeed } from '../api/types';

const FIELDS = [
  'unit_id', 'code', 'name', 'category', 'purpose', 'owner_id', 'inputs', 'outputs', 'resources', 'risk_level',
  'clause_ids', 'feeds[]',
];
const LISTS = ['inputs', 'outputs', 'resources'] as const;

interface Values {
  unit_id?: number; code: string; name: string; category: string; purpose?: string; owner_id?: number;
  inputs?: string; outputs?: string; resources?: string; risk_level: string; clause_ids?: number[];
  feeds?: Partial<ProcessFeed>[];
}

/** The lines of a text area, trimmed, without empty ones. */
export const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** What the form sends: the lists as arrays, the owner null when cleared (on a change) or left out (on creation). */
export function processBody(v: Values, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    code: v.code, name: v.name, category: v.category, purpose: v.purpose ?? '', risk_level: v.risk_level,
    clause_ids: v.clause_ids ?? [], feeds: (v.feeds ?? []).map((f) => ({ process_id: f.process_id, what: f.what ?? '' })),
  };
  for (const k of LISTS) body[k] = lines(v[k]);
  if (v.owner_id !== undefined || editing) body.owner_id = v.owner_id ?? null;
  if (!editing) body.unit_id = v.unit_id;
  return body;
}

/** Creates a process, or (given one) changes it: everything but its unit, interactions included. */
export function ProcessFormModal({
  process: p, onClose, onSaved,
}: { process?: Process; onClose: () => void; onSaved: (p: Process) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshProcesses();

  const send = async (v: Values) => {
    let saved: Process;
    if (!p) {
      saved = await api<Process>('/processes', { method: 'POST', json: processBody(v, false) });
      message.success(t('processes.created', { code: saved.code }));
    } else {
      saved = await api<Process>(`/processes/${p.id}`, { method: 'PATCH', json: { version: p.version, ...processBody(v, true) } });
      message.success(t('common.saved'));
    }
    await refresh();
    onSaved(saved);
  };

  const initial = p
    ? { ...p, owner_id: p.owner_id ?? undefined, ...Object.fromEntries(LISTS.map((k) => [k, p[k].join('\n')])) }
    : { category: 'core', risk_level: 'medium' };
  const selectOf = (values: readonly string[], prefix: string) => values.map((s) => ({ value: s, label: t(`${prefix}.${s}`) }));

  return (
    <FormModal
      title={p ? t('processes.editTitle', { code: p.code }) : t('processes.create')}
      fields={FIELDS}
      send={send}
      onClose={onClose}
      onStale={p && (() => { void refresh(); onClose(); })}
      initialValues={initial}
    >
      <Form.Item name="name" label={t('processes.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="code" label={t('processes.code')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={32} />
      </Form.Item>
      {!p && (
        <Form.Item name="unit_id" label={t('processes.unit')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
      )}
      <Form.Item name="category" label={t('processes.category')} rules={[{ required: true }]}>
        <FormSelect options={selectOf(PROCESS_CATEGORIES, 'processes.categories')} />
      </Form.Item>
      <Form.Item name="owner_id" label={t('processes.owner')}>
        <UserSelect allowClear />
      </Form.Item>
      <Form.Item name="purpose" label={t('processes.purpose')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {LISTS.map((k) => (
        <Form.Item key={k} name={k} label={t(`processes.${k}`)} extra={t('processes.linesHelp')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      ))}
      <Form.Item name="risk_level" label={t('processes.riskLevel')} rules={[{ required: true }]}>
        <FormSelect options={selectOf(RISK_LEVELS, 'processes.risks')} />
      </Form.Item>
      <Form.Item name="clause_ids" label={t('processes.clauses')} extra={t('documents.clausesHelp')}>
        <ClauseSelect />
      </Form.Item>
      <FeedsEditor />
    </FormModal>
  );
}

/** The interactions: for each, the receiving process and the output passed on. */
function FeedsEditor() {
  const { t } = useTranslation();
  return (
    <fieldset data-testid="feeds" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 14, marginBottom: 4, border: 0 }}>{t('processes.feeds')}</legend>
      <div style={{ color: 'rgba(0,0,0,0.55)', marginBottom: 8 }}>{t('processes.feedsHelp')}</div>
      <Form.List name="feeds">
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }} data-testid="feed">
                <Form.Item name={[row.name, 'process_id']} label={`${t('processes.feedTarget')} ${i + 1}`} rules={[{ required: true }]} style={{ width: 220, marginBottom: 8 }}>
                  <ProcessSelect />
                </Form.Item>
                <Form.Item name={[row.name, 'what']} label={`${t('processes.feedWhat')} ${i + 1}`} rules={[{ required: true, whitespace: true }]} style={{ width: 200, marginBottom: 8 }}>
                  <Input maxLength={300} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={`${t('processes.removeFeed')} ${i + 1}`} onClick={() => remove(row.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ what: '' })}>{t('processes.addFeed')}</Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
