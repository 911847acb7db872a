import { Alert, Button, Card, Empty, Form, Input, Space, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorText } from '../../api/problem';
import { UnitSelect } from '../../components/RemoteSelect';
import { IndicatorChart } from './Chart';
import { download, toCsv } from './status';
import { StatusTag } from './StatusTag';
import type { Comparison, ComparisonItem } from './types';

export default function ComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? undefined;
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const period = params.get('period') ?? undefined;
  const [form] = Form.useForm();
  const data = useQuery({
    queryKey: ['indicators', 'compare', code, within, period],
    enabled: !!code,
    queryFn: () => api<Comparison>('/indicators/compare', { query: { code, within, period } }),
  });
  const k = (key: string) => t(`planningIndicators.compare.${key}`);
  const c = data.data;
  // The three at once: one setter per parameter would each start from the same old query string.
  const show = (v: { code: string; within?: number; period?: string }) => {
    const p = new URLSearchParams({ code: v.code.trim() });
    if (v.within) p.set('within', String(v.within));
    if (v.period?.trim()) p.set('period', v.period.trim());
    setParams(p, { replace: true });
  };
  const exportCsv = () => c && download(`so-sanh-${c.code}-${c.period}.csv`, toCsv(
    ['unit_code', 'unit_name', 'indicator_id', 'value', 'weight', 'status', 'target', 'warning'],
    c.items.map((i) => [i.unit_code, i.unit_name, i.indicator_id, i.value, i.weight, i.status, i.target, i.warning]),
  ));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{k('title')}</Typography.Title>
      <Form form={form} layout="inline" style={{ margin: '16px 0', rowGap: 8 }} initialValues={{ code, within, period }} onFinish={show}>
        <Form.Item name="code" label={k('code')} rules={[{ required: true, whitespace: true, message: k('codeRequired') }]}><Input style={{ width: 140 }} /></Form.Item>
        <Form.Item name="within" label={k('within')}><UnitSelect allowClear style={{ width: 240 }} /></Form.Item>
        <Form.Item name="period" label={k('period')}><Input style={{ width: 140 }} placeholder="2025-09" /></Form.Item>
        <Button type="primary" htmlType="submit">{k('show')}</Button>
      </Form>
      {data.error && <Alert type="error" showIcon message={errorText(data.error)} style={{ marginBottom: 12 }} />}
      {c && c.items.length === 0 && <Empty description={k('noData')} />}
      {c && c.items.length > 0 && c.reference && (
        <>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Space size="large" wrap>
              <Statistic title={k('period')} value={c.period} />
              <Statistic title={t('planningIndicators.compare.aggregate', { method: t(`planningIndicators.indicators.aggregations.${c.aggregation}`) })}
                value={c.aggregate.value === null ? '—' : c.aggregate.value.toFixed(2)} suffix={c.reference.measure_unit} />
              <span data-testid="aggregate-status"><StatusTag status={c.aggregate.status} /></span>
              <Typography.Text>{t('planningIndicators.compare.measured', { measured: c.aggregate.measured, units: c.aggregate.units })}</Typography.Text>
            </Space>
            <Button onClick={exportCsv}>{k('export')}</Button>
          </Space>
          <Card size="small" style={{ marginTop: 16 }}>
            <IndicatorChart kind="bar" testId="compare-chart" target={c.reference.target} warning={c.reference.warning}
              targetLabel={t('planningIndicators.indicator.targetLine')} warningLabel={t('planningIndicators.indicator.warningLine')}
              points={c.items.map((i) => ({ label: i.unit_code, value: i.value, status: i.status }))}
              label={t('planningIndicators.compare.chart', { period: c.period, values: c.items.map((i) => `${i.unit_name}: ${i.value ?? '—'}`).join('; ') })} />
          </Card>
          <Table<ComparisonItem>
            rowKey="indicator_id" size="small" data-testid="compare-table" dataSource={c.items} style={{ marginTop: 16 }}
            pagination={{ pageSize: 50 }} scroll={{ x: 640 }}
            columns={[
              { title: k('unit'), dataIndex: 'unit_name', render: (v: string, i) => <Link to={`/indicators/${i.indicator_id}`}>{v} ({i.unit_code})</Link> },
              { title: t('planningIndicators.indicator.value'), dataIndex: 'value', render: (v: number | null) => (v === null ? '—' : `${v} ${c.reference?.measure_unit ?? ''}`) },
              { title: t('planningIndicators.indicators.target'), dataIndex: 'target', responsive: ['md'] },
              { title: t('planningIndicators.indicators.status'), dataIndex: 'status', render: (v) => <StatusTag status={v} /> },
            ]}
          />
        </>
      )}
    </>
  );
}
