import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Input, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorText } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { UnitName, UserName } from '../../components/RemoteSelect';
import { useSession } from '../../session';
import { IndicatorChart } from './Chart';
import { StatusTag } from './StatusTag';
import type { Indicator, Measurement } from './types';

interface Values { period: string; value: number; weight?: number; note?: string; correction?: boolean }

function RecordModal({ indicator, onClose }: { indicator: Indicator; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const send = async (v: Values) => {
    const body: Record<string, unknown> = { period: v.period.trim(), value: v.value, note: v.note ?? '', correction: v.correction ?? false };
    if (v.weight) body.weight = v.weight;
    const m = await api<Measurement>(`/indicators/${indicator.id}/measurements`, { method: 'POST', json: body });
    message.success(t('planningIndicators.indicator.recorded', { period: m.period }));
    await qc.invalidateQueries({ queryKey: ['indicators'] });
    await qc.invalidateQueries({ queryKey: ['improvements'] });
    onClose();
  };
  const k = (key: string) => t(`planningIndicators.indicator.${key}`);
  return (
    <FormModal title={k('recordTitle')} send={send} onClose={onClose} fields={['period', 'value', 'weight', 'note', 'correction']}>
      <Form.Item name="period" label={k('period')} extra={k('periodHelp')} rules={[{ required: true, whitespace: true }]}><Input maxLength={20} /></Form.Item>
      <Form.Item name="value" label={`${k('value')} (${indicator.measure_unit})`} rules={[{ required: true }]}><InputNumber style={{ width: '100%' }} /></Form.Item>
      {indicator.aggregation === 'weighted_mean' && (
        <Form.Item name="weight" label={k('weight')} rules={[{ required: true }]}><InputNumber min={0.000001} style={{ width: '100%' }} /></Form.Item>
      )}
      <Form.Item name="correction" valuePropName="checked"><Checkbox>{k('correction')}</Checkbox></Form.Item>
      <Form.Item noStyle dependencies={['correction']}>
        {({ getFieldValue }) => (
          <Form.Item name="note" label={k('note')} rules={getFieldValue('correction') ? [{ required: true, whitespace: true, message: k('noteRequired') }] : []}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form.Item>
    </FormModal>
  );
}

export default function IndicatorPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { id } = useParams();
  const [history, setHistory] = useState(false);
  const [recording, setRecording] = useState(false);
  const data = useQuery({
    queryKey: ['indicators', 'values', id, history],
    queryFn: () => api<{ indicator: Indicator; items: Measurement[] }>(`/indicators/${id}/measurements`, { query: { history: history || undefined } }),
  });
  const k = (key: string) => t(`planningIndicators.indicator.${key}`);
  const ki = (key: string) => t(`planningIndicators.indicators.${key}`);
  if (data.isLoading) return <Spin style={{ margin: 48 }} />;
  if (data.error || !data.data) return <Alert type="error" showIcon message={errorText(data.error)} />;
  const { indicator: i, items } = data.data;
  const current = items.filter((m) => !m.superseded_at);
  return (
    <>
      <Link to="/indicators">{k('back')}</Link>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginTop: 8 }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{i.code} · {i.name}</Typography.Title>
        {i.source !== 'computed' && can('record_measurements') && !i.archived_at && (
          <Button type="primary" onClick={() => setRecording(true)}>{k('record')}</Button>
        )}
      </Space>
      {i.source === 'computed' && <Alert style={{ marginTop: 12 }} type="info" message={k('computedHelp')} />}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('planningIndicators.objectives.unit')}><UnitName id={i.unit_id} /></Descriptions.Item>
        <Descriptions.Item label={ki('objective')}><Link to={`/indicators?objective_id=${i.objective_id}`}>#{i.objective_id}</Link></Descriptions.Item>
        <Descriptions.Item label={ki('owner')}><UserName id={i.owner_id} /></Descriptions.Item>
        <Descriptions.Item label={ki('target')}>{i.target} {i.measure_unit}</Descriptions.Item>
        <Descriptions.Item label={ki('warning')}>{i.warning} {i.measure_unit}</Descriptions.Item>
        <Descriptions.Item label={ki('direction')}>{t(`planningIndicators.indicators.directions.${i.direction}`)}</Descriptions.Item>
        <Descriptions.Item label={ki('frequency')}>{t(`planningIndicators.indicators.frequencies.${i.frequency}`)}</Descriptions.Item>
        <Descriptions.Item label={ki('source')}>
          {t(`planningIndicators.indicators.sources.${i.source}`)}{i.metric ? ` · ${t(`planningIndicators.indicators.metrics.${i.metric}`)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={ki('aggregation')}>{t(`planningIndicators.indicators.aggregations.${i.aggregation}`)}</Descriptions.Item>
      </Descriptions>
      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{k('trend')}</Typography.Title>} size="small" style={{ marginTop: 16 }}>
        {current.length === 0 ? <Empty description={k('noValues')} /> : (
          <IndicatorChart kind="line" testId="trend-chart" target={i.target} warning={i.warning}
            targetLabel={k('targetLine')} warningLabel={k('warningLine')}
            points={current.map((m) => ({ label: m.period, value: m.value, status: m.status }))}
            label={t('planningIndicators.indicator.chart', { name: i.name, values: current.map((m) => `${m.period}: ${m.value}`).join('; ') })} />
        )}
      </Card>
      <Card size="small" style={{ marginTop: 16 }}
        title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{k('values')}</Typography.Title>}
        extra={<Checkbox checked={history} onChange={(e) => setHistory(e.target.checked)}>{k('history')}</Checkbox>}>
        <Table<Measurement>
          rowKey="id" size="small" data-testid="values-table" dataSource={[...items].reverse()} pagination={{ pageSize: 12 }} scroll={{ x: 640 }}
          columns={[
            { title: k('period'), dataIndex: 'period' },
            { title: k('value'), dataIndex: 'value', render: (v: number, m) => (m.superseded_at ? <s>{v}</s> : v) },
            { title: ki('status'), dataIndex: 'status', render: (v, m) => (m.superseded_at ? k('superseded') : <StatusTag status={v} />) },
            { title: k('note'), dataIndex: 'note', responsive: ['md'] },
            { title: k('recordedAt'), dataIndex: 'recorded_at', render: (v: string) => v.slice(0, 10), responsive: ['lg'] },
            {
              title: k('raised'), dataIndex: 'raised',
              render: (r: Measurement['raised']) => r && (
                <Link data-testid="raised-link" to={r.type === 'improvement' ? `/improvements/${r.id}` : `/nonconformities/${r.id}`}>
                  {t(`planningIndicators.indicators.breach.${r.type}`)} #{r.id}
                </Link>
              ),
            },
          ]}
        />
      </Card>
      {recording && <RecordModal indicator={i} onClose={() => setRecording(false)} />}
    </>
  );
}
