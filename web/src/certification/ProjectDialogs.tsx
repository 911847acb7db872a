import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { RecordsSelect, UnitsSelect, UserSelect } from '../components/RemoteSelect';
import { StandardsSelect } from './StandardsSelect';
import {
  FINDING_GRADES, type CertificationAction, type CertificationProjectDetail, type FindingGrade, type ProjectStep,
} from './types';

/** One step of the project workflow, with an optional comment and completion date. */
export function TransitionModal({ project, action, onClose, onSaved }: {
  project: CertificationProjectDetail; action: CertificationAction; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const send = async (v: { comment?: string; completed_on?: Dayjs }) => {
    await api(`/certifications/${project.id}/transitions`, {
      method: 'POST',
      json: { version: project.version, action, comment: v.comment?.trim() || undefined, completed_on: v.completed_on?.format('YYYY-MM-DD') },
    });
    onSaved();
  };
  return (
    <FormModal title={t(`certification.projects.actions.${action}`)} fields={['comment', 'completed_on']} send={send}
      onClose={onClose} onStale={onSaved} okText={t('common.confirm')}>
      <Form.Item name="completed_on" label={t('certification.projects.completedOn')}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="comment" label={t('certification.projects.comment')}
        rules={action === 'repeat_stage2' ? [{ required: true, whitespace: true }] : []}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** A finding of a certification audit; a major or minor one raises a nonconformity. */
export function FindingModal({ projectId, auditId, onClose, onSaved }: {
  projectId: number; auditId: number; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const A = (k: string) => t(`certification.audits.${k}`);
  const send = async (v: { grade: FindingGrade; title: string; description?: string }) => {
    await api(`/certifications/${projectId}/audits/${auditId}/findings`, {
      method: 'POST', json: { grade: v.grade, title: v.title.trim(), description: v.description?.trim() ?? '' },
    });
    onSaved();
  };
  return (
    <FormModal title={A('addFinding')} fields={['grade', 'title', 'description']} send={send} onClose={onClose}
      initialValues={{ grade: 'minor' }}>
      <Typography.Paragraph type="secondary">{A('findingHelp')}</Typography.Paragraph>
      <Form.Item name="grade" label={A('grade')}>
        <Select options={FINDING_GRADES.map((g) => ({ value: g, label: A(`grades.${g}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={A('findingTitle')} rules={[{ required: true, whitespace: true, message: A('titleRequired') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={A('description')}><Input.TextArea rows={3} maxLength={10000} /></Form.Item>
    </FormModal>
  );
}

/** Responsible person, planned date, note and the kept records (the step's documents) of a step not yet completed. */
export function StepModal({ project, step, onClose, onSaved }: {
  project: CertificationProjectDetail; step: ProjectStep; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const P = (k: string) => t(`certification.projects.${k}`);
  const send = async (v: { responsible_id?: number; planned_on?: Dayjs | null; note?: string; record_ids?: number[] }) => {
    await api(`/certifications/${project.id}/steps/${step.step}`, {
      method: 'PATCH',
      json: {
        version: project.version, responsible_id: v.responsible_id ?? null,
        planned_on: v.planned_on ? v.planned_on.format('YYYY-MM-DD') : null, note: v.note?.trim() ?? '',
        record_ids: v.record_ids ?? [],
      },
    });
    onSaved();
  };
  return (
    <FormModal title={P(`stepNames.${step.step}`)} fields={['responsible_id', 'planned_on', 'note', 'record_ids']} send={send}
      onClose={onClose} onStale={onSaved}
      initialValues={{
        responsible_id: step.responsible_id ?? undefined, planned_on: step.planned_on ? dayjs(step.planned_on) : undefined,
        note: step.note, record_ids: step.record_ids,
      }}>
      <Form.Item name="responsible_id" label={P('responsible')}><UserSelect allowClear /></Form.Item>
      <Form.Item name="planned_on" label={P('plannedOn')}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="note" label={P('comment')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      <Form.Item name="record_ids" label={P('records')} extra={P('recordsHelp')}><RecordsSelect /></Form.Item>
    </FormModal>
  );
}

/** The certification body and its accreditation, fields of the project forms (body_name, accreditation_*). */
export function CertificationBodyFields() {
  const { t } = useTranslation();
  const P = (k: string) => t(`certification.projects.${k}`);
  return (
    <>
      <Form.Item name="body_name" label={P('body')} rules={[{ required: true, whitespace: true, message: P('bodyRequired') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="accreditation_body" label={P('accreditationBody')}><Input maxLength={300} /></Form.Item>
      <Form.Item name="accreditation_number" label={P('accreditationNumber')}><Input maxLength={100} /></Form.Item>
    </>
  );
}

interface ProjectValues {
  title: string; body_name: string; accreditation_body?: string; accreditation_number?: string; standard_ids?: number[];
  site_ids?: number[];
}
const PROJECT_FIELDS = ['title', 'body_name', 'accreditation_body', 'accreditation_number', 'standard_ids', 'site_ids'] as const;

/** The project's title and certification body; its standards and sites too until a certificate is issued. */
export function EditProjectModal({ project, onClose, onSaved }: {
  project: CertificationProjectDetail; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const P = (k: string) => t(`certification.projects.${k}`);
  const scoped = project.certificates.length === 0;
  const send = async (v: ProjectValues) => {
    await api(`/certifications/${project.id}`, {
      method: 'PATCH',
      json: {
        version: project.version, title: v.title.trim(), body_name: v.body_name.trim(),
        accreditation_body: v.accreditation_body?.trim() ?? '', accreditation_number: v.accreditation_number?.trim() ?? '',
        ...(scoped ? { standard_ids: v.standard_ids, site_ids: v.site_ids?.length ? v.site_ids : [project.unit_id] } : {}),
      },
    });
    onSaved();
  };
  return (
    <FormModal<ProjectValues> title={P('edit')} fields={PROJECT_FIELDS} send={send} onClose={onClose} onStale={onSaved}
      initialValues={{
        title: project.title, body_name: project.body_name, accreditation_body: project.accreditation_body,
        accreditation_number: project.accreditation_number, standard_ids: project.standards.map((s) => s.standard_id),
        site_ids: project.site_ids,
      }}>
      <Form.Item name="title" label={P('name')} rules={[{ required: true, whitespace: true, message: P('nameRequired') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <CertificationBodyFields />
      {scoped ? (
        <>
          <Form.Item name="standard_ids" label={P('standards')} rules={[{ required: true, message: P('standardsRequired') }]}>
            <StandardsSelect />
          </Form.Item>
          <Form.Item name="site_ids" label={P('sites')} extra={P('sitesHelp')}><UnitsSelect /></Form.Item>
        </>
      ) : (
        <Typography.Paragraph type="secondary">{P('scopeOnCertificate')}</Typography.Paragraph>
      )}
    </FormModal>
  );
}
