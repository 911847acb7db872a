import { App, Form, Input, InputNumber } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { FormSelect } from '../../components/FormSelect';
import { UserSelect } from '../../components/RemoteSelect';
import { thresholdAgrees } from './status';
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, METRICS, SOURCES, type Direction, type Indicator, type Objective, type Source } from './types';

interface Values {
  objective_id: number; code: string; name: string; measure_unit: string; direction: Direction; target: number;
  warning: number; frequency: string; owner_id?: number; source: Source; metric?: string; aggregation: string;
  breach_raises: string;
}

/** Adds an indicator to an objective. */
export function IndicatorFormModal({ objectiveId, onClose, onSaved }: { objectiveId?: number; onClose: () => void; onSaved: (i: Indicator) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const objectives = useQuery({ queryKey: ['objectives', 'pick'], queryFn: () => api<Page<Objective>>('/objectives', { query: { limit: 200 } }) });
  const send = async (v: Values) => {
    const body: Record<string, unknown> = { ...v, code: v.code.trim() };
    if (v.source !== 'computed') delete body.metric;
    if (!v.owner_id) delete body.owner_id;
    const saved = await api<Indicator>('/indicators', { method: 'POST', json: body });
    message.success(t('planningIndicators.indicators.created', { code: saved.code }));
    await qc.invalidateQueries({ queryKey: ['indicators'] });
    onSaved(saved);
  };
  const k = (key: string) => t(`planningIndicators.indicators.${key}`);
  return (
    <FormModal title={k('create')} send={send} onClose={onClose}
      fields={['objective_id', 'code', 'name', 'measure_unit', 'direction', 'target', 'warning', 'frequency', 'owner_id', 'source', 'metric', 'aggregation', 'breach_raises']}
      initialValues={{ objective_id: objectiveId, direction: 'higher', frequency: 'month', source: 'manual', aggregation: 'mean', breach_raises: 'improvement' }}>
      <Form.Item name="objective_id" label={k('objective')} rules={[{ required: true }]}>
        <FormSelect showSearch optionFilterProp="label" options={(objectives.data?.items ?? []).map((o) => ({ value: o.id, label: `#${o.id} ${o.title}` }))} />
      </Form.Item>
      <Form.Item name="code" label={k('code')} rules={[{ required: true, pattern: /^[A-Z0-9._-]+$/ }]}><Input maxLength={40} /></Form.Item>
      <Form.Item name="name" label={k('name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={300} /></Form.Item>
      <Form.Item name="measure_unit" label={k('measureUnit')} rules={[{ required: true, whitespace: true }]}><Input maxLength={40} /></Form.Item>
      <Form.Item name="direction" label={k('direction')} rules={[{ required: true }]}>
        <FormSelect options={DIRECTIONS.map((d) => ({ value: d, label: t(`planningIndicators.indicators.directions.${d}`) }))} />
      </Form.Item>
      <Form.Item name="target" label={k('target')} rules={[{ required: true }]}><InputNumber style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="warning" label={k('warning')} dependencies={['direction', 'target']} rules={[
        { required: true },
        ({ getFieldValue }) => ({
          validator: (_, value: number | undefined) =>
            value === undefined || value === null || getFieldValue('target') === undefined || thresholdAgrees(getFieldValue('direction'), getFieldValue('target'), value)
              ? Promise.resolve() : Promise.reject(new Error(k('thresholdWrongSide'))),
        }),
      ]}><InputNumber style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="frequency" label={k('frequency')} rules={[{ required: true }]}>
        <FormSelect options={FREQUENCIES.map((f) => ({ value: f, label: t(`planningIndicators.indicators.frequencies.${f}`) }))} />
      </Form.Item>
      <Form.Item name="source" label={k('source')} rules={[{ required: true }]}>
        <FormSelect options={SOURCES.map((s) => ({ value: s, label: t(`planningIndicators.indicators.sources.${s}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['source']}>
        {({ getFieldValue }) => getFieldValue('source') === 'computed' && (
          <Form.Item name="metric" label={k('metric')} rules={[{ required: true }]}>
            <FormSelect options={METRICS.map((m) => ({ value: m, label: t(`planningIndicators.indicators.metrics.${m}`) }))} />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="aggregation" label={k('aggregation')}>
        <FormSelect options={AGGREGATIONS.map((a) => ({ value: a, label: t(`planningIndicators.indicators.aggregations.${a}`) }))} />
      </Form.Item>
      <Form.Item name="breach_raises" label={k('breachRaises')}>
        <FormSelect options={['improvement', 'nonconformity'].map((b) => ({ value: b, label: t(`planningIndicators.indicators.breach.${b}`) }))} />
      </Form.Item>
      <Form.Item name="owner_id" label={k('owner')}><UserSelect allowClear /></Form.Item>
    </FormModal>
  );
}
