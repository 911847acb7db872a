import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { UnitName } from '../components/RemoteSelect';
import type { Certificate, CertificationProjectDetail } from './types';

const FIELDS = [
  'number', 'scope_vi', 'scope_en', 'issue_date', 'original_issue_date', 'site_ids', 'entity_name', 'entity_address', 'region',
] as const;

interface Values {
  number: string; scope_vi: string; scope_en: string; issue_date: Dayjs; original_issue_date?: Dayjs; site_ids?: number[];
  entity_name?: string; entity_address?: string; region?: string;
}

const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');
const text = (s?: string) => (s?.trim() ? s.trim() : undefined);

/**
 * Records the certificate the body issued for the project at step 5. The server refuses it while a major
 * nonconformity of the certification audits is open or a minor one has no accepted plan, and says so here.
 */
export function IssueCertificateModal({ project, onClose, onSaved }: {
  project: CertificationProjectDetail; onClose: () => void; onSaved: (c: Certificate) => void;
}) {
  const { t } = useTranslation();
  const C = (k: string) => t(`certification.certificates.${k}`);
  const send = async (v: Values) => {
    onSaved(await api<Certificate>('/certificates', {
      method: 'POST',
      json: {
        project_id: project.id, number: v.number.trim(), scope_vi: v.scope_vi.trim(), scope_en: v.scope_en.trim(),
        issue_date: day(v.issue_date), original_issue_date: day(v.original_issue_date),
        site_ids: v.site_ids?.length ? v.site_ids : undefined, entity_name: text(v.entity_name),
        entity_address: text(v.entity_address), region: text(v.region),
      },
    }));
  };
  return (
    <FormModal<Values> title={C('issueTitle')} fields={FIELDS} send={send} onClose={onClose} okText={C('issueOk')}>
      <Typography.Paragraph type="secondary">{C('issueHelp')}</Typography.Paragraph>
      <Form.Item name="number" label={C('number')} rules={[{ required: true, whitespace: true, message: C('numberRequired') }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="scope_vi" label={C('scopeVi')} rules={[{ required: true, whitespace: true, message: C('scopeRequired') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="scope_en" label={C('scopeEn')} rules={[{ required: true, whitespace: true, message: C('scopeRequired') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="issue_date" label={C('issue')} extra={C('issueDateHelp')} rules={[{ required: true, message: C('issueDateRequired') }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="original_issue_date" label={C('originalIssue')}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="site_ids" label={C('sites')} extra={C('sitesHelp')}>
        <Select mode="multiple" options={project.site_ids.map((id) => ({ value: id, label: <UnitName id={id} /> }))} />
      </Form.Item>
      <Form.Item name="entity_name" label={C('entity')} extra={C('entityHelp')}><Input maxLength={300} /></Form.Item>
      <Form.Item name="entity_address" label={C('address')}><Input maxLength={500} /></Form.Item>
      <Form.Item name="region" label={C('region')}><Input maxLength={100} /></Form.Item>
    </FormModal>
  );
}
