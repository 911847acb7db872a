import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { UnitsSelect } from '../components/RemoteSelect';
import { StandardsSelect } from './StandardsSelect';
import { CHANGE_KINDS, type CertificateDetail, type ChangeKind } from './types';

const FIELDS = [
  'kind', 'reason', 'effective_on', 'issue_date', 'scope_vi', 'scope_en', 'site_ids', 'standard_ids', 'entity_name',
  'entity_address', 'region',
] as const;
const SCOPE: ChangeKind[] = ['extend_scope', 'reduce_scope'];

export interface Values {
  kind: ChangeKind; reason: string; effective_on?: Dayjs; issue_date?: Dayjs; scope_vi?: string; scope_en?: string;
  site_ids?: number[]; standard_ids?: number[]; entity_name?: string; entity_address?: string; region?: string;
}

/**
 * Body of a change: the fields its kind takes, the sites and standards kept as they are but for a transition, which
 * sends the editions chosen (the same standards, one of them in a later edition).
 */
export function changeBody(c: CertificateDetail, v: Values) {
  const base = { version: c.version, kind: v.kind, reason: v.reason.trim() };
  const effective = v.effective_on ? { effective_on: v.effective_on.format('YYYY-MM-DD') } : {};
  const standardIds = c.standards.map((s) => s.standard_id);
  switch (v.kind) {
    case 'renew':
      return { ...base, issue_date: v.issue_date?.format('YYYY-MM-DD') };
    case 'extend_scope':
    case 'reduce_scope':
      return {
        ...base, ...effective, scope_vi: v.scope_vi, scope_en: v.scope_en,
        site_ids: v.site_ids?.length ? v.site_ids : c.sites.map((s) => s.unit_id), standard_ids: standardIds,
      };
    case 'transition_edition':
      return { ...base, ...effective, standard_ids: v.standard_ids?.length ? v.standard_ids : standardIds };
    case 'amend':
      return { ...base, ...effective, entity_name: v.entity_name, entity_address: v.entity_address, region: v.region, organisation_type: c.organisation_type };
    default:
      return { ...base, ...effective };
  }
}

/** Suspend, reinstate, withdraw, extend or reduce the scope, amend, transition or renew a certificate, with a reason. */
export function CertificateChangeModal({ certificate, onClose, onSaved }: {
  certificate: CertificateDetail; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const send = async (v: Values) => {
    await api(`/certificates/${certificate.id}/changes`, { method: 'POST', json: changeBody(certificate, v) });
    onSaved();
  };
  return (
    <FormModal<Values>
      title={t('certification.certificates.change')}
      fields={FIELDS}
      send={send}
      onClose={onClose}
      onStale={onSaved}
      initialValues={{
        kind: certificate.status === 'suspended' ? 'reinstate' : 'suspend', scope_vi: certificate.scope_vi,
        scope_en: certificate.scope_en, site_ids: certificate.sites.map((s) => s.unit_id),
        standard_ids: certificate.standards.map((s) => s.standard_id), entity_name: certificate.entity_name, entity_address: certificate.entity_address,
        region: certificate.region,
      }}
    >
      <Typography.Paragraph type="secondary">{t('certification.certificates.changeHelp')}</Typography.Paragraph>
      <Form.Item name="kind" label={t('certification.certificates.kind')}>
        <Select options={CHANGE_KINDS.map((k) => ({ value: k, label: t(`certification.certificates.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('certification.certificates.reason')}
        rules={[{ required: true, whitespace: true, message: t('certification.certificates.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.kind !== b.kind}>
        {({ getFieldValue }) => {
          const kind = getFieldValue('kind') as ChangeKind;
          return (
            <>
              {kind === 'renew' ? (
                <Form.Item name="issue_date" label={t('certification.certificates.issueDate')} rules={[{ required: true }]}>
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                </Form.Item>
              ) : (
                <Form.Item name="effective_on" label={t('certification.certificates.effectiveOn')}>
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                </Form.Item>
              )}
              {SCOPE.includes(kind) && (
                <>
                  <Form.Item name="scope_vi" label={t('certification.certificates.scopeVi')} rules={[{ required: true, whitespace: true }]}>
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name="scope_en" label={t('certification.certificates.scopeEn')} rules={[{ required: true, whitespace: true }]}>
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name="site_ids" label={t('certification.certificates.sites')}
                    extra={t('certification.certificates.scopeSitesHelp')}>
                    <UnitsSelect />
                  </Form.Item>
                </>
              )}
              {kind === 'transition_edition' && (
                <Form.Item name="standard_ids" label={t('certification.certificates.standards')}
                  extra={t('certification.certificates.transitionEditionHelp')} rules={[{ required: true }]}>
                  <StandardsSelect />
                </Form.Item>
              )}
              {kind === 'amend' && (
                <>
                  <Form.Item name="entity_name" label={t('certification.certificates.entity')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item name="entity_address" label={t('certification.certificates.address')}><Input maxLength={500} /></Form.Item>
                  <Form.Item name="region" label={t('certification.certificates.region')}><Input maxLength={100} /></Form.Item>
                </>
              )}
            </>
          );
        }}
      </Form.Item>
    </FormModal>
  );
}
