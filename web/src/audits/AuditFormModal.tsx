import { Alert, App, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, fetchAll, type Page } from '../api/client';
import type { Correspondence } from '../api/types';
import type { CatalogueStandard } from '../certification/types';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { ProcessesSelect, UnitSelect, UserSelect, UsersSelect } from '../components/RemoteSelect';
import { ClauseSelect } from '../documents/Clauses';
import { withEqualClauses } from './clauses';
import { AUDIT_TYPES, type Audit, type Programme } from './types';

const FIELDS = [
  'programme_id', 'unit_id', 'title', 'type', 'lead_auditor_id', 'team_ids', 'auditee_ids', 'planned_start', 'planned_end',
  'agenda', 'clause_ids', 'process_ids',
];

interface Values {
  programme_id: number; unit_id: number; title: string; type: string; lead_auditor_id: number; team_ids?: number[];
  auditee_ids?: number[]; planned_start: Dayjs; planned_end: Dayjs; agenda?: string; clause_ids?: number[];
  process_ids?: number[];
}

/** What the form sends: dates as YYYY-MM-DD, empty lists and texts rather than missing ones. */
export function auditBody(v: Values): Record<string, unknown> {
  return {
    programme_id: v.programme_id, unit_id: v.unit_id, title: v.title, type: v.type, lead_auditor_id: v.lead_auditor_id,
    team_ids: v.team_ids ?? [], auditee_ids: v.auditee_ids ?? [], planned_start: v.planned_start.format('YYYY-MM-DD'),
    planned_end: v.planned_end.format('YYYY-MM-DD'), agenda: v.agenda ?? '', clause_ids: v.clause_ids ?? [],
    process_ids: v.process_ids ?? [],
  };
}

/** What an edit of the plan sends: the whole plan with the version read; the programme and the unit stay. */
export function auditPatch(version: number, v: Values): Record<string, unknown> {
  const body = auditBody(v);
  delete body.programme_id;
  delete body.unit_id;
  return { version, ...body };
}

/**
 * The clauses of an audit in the order of its checklist, so an edit that leaves them alone leaves every line where it
 * is (the server regroups the checklist in the order the clauses are sent).
 */
export function clausesInChecklistOrder(a: Audit): number[] {
  const ids = (a.checklist ?? []).flatMap((line) => line.clauses.map((c) => c.id));
  for (const c of a.clauses) if (!ids.includes(c.id)) ids.push(c.id);
  return ids;
}

function valuesOf(a: Audit) {
  return {
    programme_id: a.programme_id, unit_id: a.unit_id, title: a.title, type: a.type, lead_auditor_id: a.lead_auditor_id,
    team_ids: a.team_ids, auditee_ids: a.auditee_ids, planned_start: dayjs(a.planned_start), planned_end: dayjs(a.planned_end),
    agenda: a.agenda, clause_ids: clausesInChecklistOrder(a), process_ids: a.process_ids,
  };
}

/**
 * Plans an audit, or with `audit` changes the plan of a planned one. The server checks the auditors' independence
 * (nobody audits their own unit or a process they own) and the auditees (people of the audited unit, off the team),
 * and its refusal shows beside the field it is about.
 */
export function AuditFormModal({ programmeId, audit, onClose, onSaved }: {
  programmeId?: number; audit?: Audit; onClose: () => void; onSaved: (a: Audit) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const programmes = useQuery({ queryKey: ['audit-programmes', 'all'], queryFn: () => fetchAll<Programme>('/audit-programmes') });

  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['audits'] });
    await qc.invalidateQueries({ queryKey: ['audit-programmes'] });
  };
  const send = async (v: Values) => {
    const a = audit
      ? await api<Audit>(`/audits/${audit.id}`, { method: 'PATCH', json: auditPatch(audit.version, v) })
      : await api<Audit>('/audits', { method: 'POST', json: auditBody(v) });
    message.success(t(audit ? 'audits.saved' : 'audits.created'));
    await refresh();
    onSaved(a);
  };

  return (
    <FormModal
      title={audit ? t('audits.editTitle', { title: audit.title }) : t('audits.create')}
      fields={FIELDS}
      send={send}
      onClose={onClose}
      onStale={audit ? () => { void refresh(); onClose(); } : undefined}
      initialValues={audit
        ? valuesOf(audit)
        : { programme_id: programmeId, type: 'internal', team_ids: [], auditee_ids: [], clause_ids: [], process_ids: [] }}
    >
      {audit && <Alert type="info" showIcon message={t('audits.editHelp')} style={{ marginBottom: 12 }} />}
      <Form.Item name="programme_id" label={t('audits.programme')} rules={[{ required: true }]}>
        <FormSelect
          disabled={!!audit}
          loading={programmes.isLoading}
          options={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.year} — ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('audits.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="type" label={t('audits.type')} rules={[{ required: true }]}>
        <FormSelect options={AUDIT_TYPES.map((x) => ({ value: x, label: t(`audits.types.${x}`) }))} />
      </Form.Item>
      <Form.Item name="unit_id" label={t('audits.unit')} rules={[{ required: true }]}>
        <UnitSelect disabled={!!audit} />
      </Form.Item>
      <Form.Item name="lead_auditor_id" label={t('audits.lead')} extra={t('audits.leadHelp')} rules={[{ required: true }]}>
        <UserSelect />
      </Form.Item>
      <Form.Item name="team_ids" label={t('audits.team')} extra={t('audits.teamHelp')}>
        <UsersSelect />
      </Form.Item>
      <Form.Item name="auditee_ids" label={t('audits.auditees')} extra={t('audits.auditeesHelp')}>
        <UsersSelect />
      </Form.Item>
      <Form.Item name="planned_start" label={t('audits.plannedStart')} extra={t('audits.plannedStartHelp')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="planned_end" label={t('audits.plannedEnd')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="clause_ids" label={t('audits.clauses')} extra={t('audits.clausesHelp')} rules={[{ required: true, type: 'array', min: 1 }]}>
        <ClauseSelect />
      </Form.Item>
      <AddEqualClauses />
      <Form.Item name="process_ids" label={t('audits.processes')} extra={t('audits.processesHelp')}>
        <ProcessesSelect />
      </Form.Item>
      <Form.Item name="agenda" label={t('audits.agenda')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
    </FormModal>
  );
}

/** Adds to the chosen clauses those of the other standard that the crosswalk says are equal to them. */
function AddEqualClauses() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  const crosswalk = useQuery({
    queryKey: ['crosswalks', 'all'],
    queryFn: () => api<{ items: Correspondence[] }>('/crosswalks'),
    staleTime: Infinity,
  });
  const standards = useQuery({
    queryKey: ['standards'],
    queryFn: () => api<Page<CatalogueStandard>>('/standards'),
    staleTime: Infinity,
  });
  const codeOf = (id: number) => standards.data?.items.find((s) => s.id === id)?.code;
  const add = () => {
    const ids: number[] = form.getFieldValue('clause_ids') ?? [];
    // The other ISO standard's clauses only (an imported framework's criteria are audited when the audit names
    // them), and in one edition of it: the one the audit already names, else the earliest in the catalogue, which
    // certificates hold until their transition.
    const pairs = crosswalk.data?.items ?? [];
    const named = new Set<number>();
    for (const c of pairs) {
      if (ids.includes(c.from.clause_id)) named.add(c.from.standard_id);
      if (ids.includes(c.to.clause_id)) named.add(c.to.standard_id);
    }
    const iso = (standards.data?.items ?? []).filter((s) => !s.imported).sort((a, b) => a.edition.localeCompare(b.edition));
    const edition = new Map<string, number>();
    for (const s of iso) if (named.has(s.id) && !edition.has(s.code)) edition.set(s.code, s.id);
    for (const s of iso) if (!edition.has(s.code)) edition.set(s.code, s.id);
    const audited = new Set(edition.values());
    const isoPairs = pairs.filter((c) => audited.has(c.from.standard_id) && audited.has(c.to.standard_id));
    const next = withEqualClauses(ids, isoPairs, codeOf);
    form.setFieldValue('clause_ids', next);
    const added = next.length - ids.length;
    message.info(added > 0 ? t('audits.added', { count: added }) : t('audits.noneToAdd'));
  };
  return (
    <Button size="small" style={{ marginTop: -12, marginBottom: 16 }} disabled={!crosswalk.data || !standards.data} onClick={add}>
      {t('audits.addEqual')}
    </Button>
  );
}
