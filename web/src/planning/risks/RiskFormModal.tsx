import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { FormSelect } from '../../components/FormSelect';
import { ProcessSelect, UnitSelect, UserSelect } from '../../components/RemoteSelect';
import {
  OPPORTUNITY_TREATMENTS, RISK_KINDS, RISK_TREATMENTS, SOURCE_KINDS, type Risk, type RiskKind, type RiskMatrix,
} from './types';

const FIELDS = [
  'unit_id', 'process_id', 'kind', 'source_kind', 'source_id', 'title', 'cause', 'consequence', 'inherent_likelihood',
  'inherent_impact', 'residual_likelihood', 'residual_impact', 'owner_id', 'treatment', 'treatment_plan',
  'next_review_date',
];

interface Values {
  unit_id?: number; process_id?: number; kind: RiskKind; source_kind: string; source_id?: number; title: string;
  cause?: string; consequence?: string; inherent_likelihood: number; inherent_impact: number;
  residual_likelihood?: number; residual_impact?: number; owner_id?: number; treatment?: string;
  treatment_plan?: string; next_review_date?: string;
}

/** What the form sends: on a change, cleared optional fields as null; on creation, only what was given. */
export function riskBody(v: Values, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: v.title, cause: v.cause ?? '', consequence: v.consequence ?? '', treatment_plan: v.treatment_plan ?? '',
    inherent_likelihood: v.inherent_likelihood, inherent_impact: v.inherent_impact,
  };
  const optional = { treatment: v.treatment, next_review_date: v.next_review_date || undefined };
  for (const [k, value] of Object.entries(optional)) if (value !== undefined || editing) body[k] = value ?? null;
  const residual = v.residual_likelihood !== undefined && v.residual_impact !== undefined;
  if (residual) {
    body.residual_likelihood = v.residual_likelihood;
    body.residual_impact = v.residual_impact;
  } else if (editing) {
    body.residual_likelihood = null;
    body.residual_impact = null;
  }
  if (v.owner_id !== undefined) body.owner_id = v.owner_id;
  if (!editing) {
    body.unit_id = v.unit_id;
    body.kind = v.kind;
    body.source_kind = v.source_kind;
    if (v.source_kind !== 'other') body.source_id = v.source_id;
    if (v.process_id !== undefined) body.process_id = v.process_id;
  }
  return body;
}

/** Records an entry, or (given one) changes its texts, ratings, owner, treatment and review date. */
export function RiskFormModal({ risk, matrix, onClose, onSaved }: {
  risk?: Risk; matrix: RiskMatrix; onClose: () => void; onSaved: (r: Risk) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const send = async (v: Values) => {
    const saved = risk
      ? await api<Risk>(`/risks/${risk.id}`, { method: 'PATCH', json: { version: risk.version, ...riskBody(v, true) } })
      : await api<Risk>('/risks', { method: 'POST', json: riskBody(v, false) });
    message.success(risk ? t('common.saved') : t('risks.created'));
    onSaved(saved);
  };

  const initial = risk
    ? {
      ...risk, owner_id: risk.owner_id ?? undefined, treatment: risk.treatment ?? undefined,
      next_review_date: risk.next_review_date ?? undefined,
      inherent_likelihood: risk.inherent.likelihood, inherent_impact: risk.inherent.impact,
      residual_likelihood: risk.residual?.likelihood, residual_impact: risk.residual?.impact,
    }
    : { kind: 'risk', source_kind: 'other' };

  return (
    <FormModal
      title={risk ? t('risks.editTitle', { title: risk.title }) : t('risks.create')}
      fields={FIELDS}
      send={send}
      onClose={onClose}
      initialValues={initial}
    >
      <RiskFields risk={risk} matrix={matrix} />
    </FormModal>
  );
}

/** The form's fields; inside the form, so that the treatments offered follow the kind chosen. */
function RiskFields({ risk, matrix }: { risk?: Risk; matrix: RiskMatrix }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const kind = Form.useWatch('kind', form) ?? risk?.kind ?? 'risk';
  const sourceKind = Form.useWatch('source_kind', form) ?? 'other';
  const en = i18n.language.startsWith('en');
  const steps = (which: 'likelihood' | 'impact') =>
    matrix[which].map((s) => ({ value: s.value, label: `${s.value} — ${en ? s.label.en : s.label.vi}` }));
  const treatments = (kind === 'opportunity' ? OPPORTUNITY_TREATMENTS : RISK_TREATMENTS)
    .map((v) => ({ value: v, label: t(`risks.treatments.${v}`) }));

  return (
    <>
      {!risk && (
        <>
          <Form.Item name="kind" label={t('risks.kind')} rules={[{ required: true }]}>
            <FormSelect options={RISK_KINDS.map((k) => ({ value: k, label: t(`risks.kinds.${k}`) }))}
              onChange={() => form.setFieldValue('treatment', undefined)} />
          </Form.Item>
          <Form.Item name="unit_id" label={t('risks.unit')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
        </>
      )}
      <Form.Item name="title" label={t('risks.riskTitle')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      {!risk && (
        <>
          <Form.Item name="source_kind" label={t('risks.source')} rules={[{ required: true }]}>
            <FormSelect options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`risks.sources.${k}`) }))} />
          </Form.Item>
          {sourceKind === 'process' && (
            <Form.Item name="source_id" label={t('risks.process')} rules={[{ required: true }]}>
              <ProcessSelect />
            </Form.Item>
          )}
          {(sourceKind === 'context_issue' || sourceKind === 'party_requirement') && (
            <Form.Item name="source_id" label={t('risks.sourceId')} rules={[{ required: true }]}>
              <Input type="number" min={1} />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="cause" label={t('risks.cause')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="consequence" label={t('risks.consequence')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, marginBottom: 4, border: 0 }}>{t('risks.inherent')}</legend>
        <Form.Item name="inherent_likelihood" label={t('risks.likelihood')} rules={[{ required: true }]}>
          <FormSelect options={steps('likelihood')} />
        </Form.Item>
        <Form.Item name="inherent_impact" label={t('risks.impact')} rules={[{ required: true }]}>
          <FormSelect options={steps('impact')} />
        </Form.Item>
      </fieldset>
      <Form.Item name="treatment" label={t('risks.treatment')}>
        <FormSelect allowClear options={treatments} />
      </Form.Item>
      <Form.Item name="treatment_plan" label={t('risks.treatmentPlan')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, marginBottom: 4, border: 0 }}>{t('risks.residual')}</legend>
        <div style={{ color: 'rgba(0,0,0,0.65)', marginBottom: 8 }}>{t('risks.residualHelp')}</div>
        <Form.Item name="residual_likelihood" label={`${t('risks.likelihood')} (${t('risks.residual')})`}>
          <FormSelect allowClear options={steps('likelihood')} />
        </Form.Item>
        <Form.Item name="residual_impact" label={`${t('risks.impact')} (${t('risks.residual')})`}>
          <FormSelect allowClear options={steps('impact')} />
        </Form.Item>
      </fieldset>
      <Form.Item name="owner_id" label={t('risks.owner')}>
        <UserSelect can="manage_planning" unitId={risk?.unit_id} />
      </Form.Item>
      <Form.Item name="next_review_date" label={t('risks.nextReview')}>
        <Input type="date" />
      </Form.Item>
    </>
  );
}
