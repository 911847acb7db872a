import { lazy, Suspense, useState } from 'react';
import { Alert, App, Button, Descriptions, Empty, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { percent, type Survey, type SurveyLink, type SurveyResults } from './types';

const ResultsChart = lazy(() => import('./ResultsChart'));

function CodesModal({ survey, onClose }: { survey: Survey; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const send = async (v: { unit_id: number; people: string }) => {
    const people = v.people.split('\n').map((p) => p.trim()).filter(Boolean);
    await api(`/surveys/${survey.id}/codes`, { method: 'POST', json: { unit_id: v.unit_id, people } });
    await qc.invalidateQueries({ queryKey: ['surveys', survey.id] });
    onClose();
  };
  return (
    <FormModal title={t('surveys.survey.codes')} send={send} onClose={onClose} fields={['unit_id', 'people']}>
      <Form.Item name="unit_id" label={t('surveys.survey.codeUnit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="people" label={t('surveys.survey.people')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={6} /></Form.Item>
    </FormModal>
  );
}

/** A campaign: its links, its response rates as answers arrive and its results. */
export default function SurveyPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [search, setSearch] = useState('');
  const [coding, setCoding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const survey = useQuery({ queryKey: ['surveys', id], queryFn: () => api<Survey>(`/surveys/${id}`) });
  const open = survey.data?.status === 'open';
  const links = useQuery({ queryKey: ['surveys', id, 'links'], queryFn: () => api<{ items: SurveyLink[] }>(`/surveys/${id}/links`) });
  const results = useQuery({
    queryKey: ['surveys', id, 'results'], queryFn: () => api<SurveyResults>(`/surveys/${id}/results`),
    refetchInterval: open ? 10000 : false,
  });
  const texts = useQuery({
    queryKey: ['surveys', id, 'texts', search],
    queryFn: () => api<Page<{ id: number; question_key: string; text: string }>>(`/surveys/${id}/texts`, { query: { q: search || undefined, limit: 100 } }),
  });
  const en = i18n.language === 'en';
  const k = (key: string, o?: Record<string, unknown>) => t(`surveys.survey.${key}`, o);
  const move = async (to: 'open' | 'closed') => {
    setError(null);
    try {
      await api(`/surveys/${id}/transitions`, { method: 'POST', json: { version: survey.data?.version, to } });
      message.success(t(`surveys.surveys.statuses.${to}`));
      await qc.invalidateQueries({ queryKey: ['surveys'] });
    } catch (e) { setError(errorText(e)); }
  };
  const r = results.data;
  const rows = (r?.questions ?? []).flatMap((q) => q.items.map((item, i) => ({
    key: `${q.key}.${i}`, text: (en ? q.text.en : q.text.vi) + (item.row ? ` — ${en ? item.row.en : item.row.vi}` : ''),
    threshold: q.threshold, ...item,
  })));
  const bars = rows.filter((row) => row.distribution?.index != null && row.distribution.interval).map((row) => ({
    label: row.text, index: row.distribution!.index!, low: row.distribution!.interval!.low, high: row.distribution!.interval!.high, threshold: row.threshold,
  }));
  const s = survey.data;
  return (
    <>
      <Link to="/surveys">{k('back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{s?.title}</Typography.Title>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {s && (
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('surveys.surveys.unit')}><UnitName id={s.unit_id} /></Descriptions.Item>
          <Descriptions.Item label={t('surveys.surveys.audience')}>{t(`surveys.surveys.audiences.${s.audience}`)}</Descriptions.Item>
          <Descriptions.Item label={t('surveys.surveys.mode')}>{t(`surveys.surveys.modes.${s.mode}`)}</Descriptions.Item>
          <Descriptions.Item label={t('surveys.surveys.status')}><Tag>{t(`surveys.surveys.statuses.${s.status}`)}</Tag></Descriptions.Item>
          <Descriptions.Item label={t('surveys.surveys.opensOn')}>{s.opens_on}</Descriptions.Item>
          <Descriptions.Item label={t('surveys.surveys.closesOn')}>{s.closes_on}</Descriptions.Item>
        </Descriptions>
      )}
      {s && can('manage_surveys') && (
        <Space style={{ margin: '12px 0' }} wrap>
          {s.status === 'draft' && <Button type="primary" onClick={() => void move('open')}>{k('open')}</Button>}
          {s.status === 'open' && (
            <Popconfirm title={k('confirmClose')} onConfirm={() => move('closed')} okText={t('common.confirm')} cancelText={t('common.cancel')}><Button danger>{k('close')}</Button></Popconfirm>
          )}
          {s.mode === 'confidential' && s.status !== 'closed' && <Button onClick={() => setCoding(true)}>{k('codes')}</Button>}
        </Space>
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{k('links')}</Typography.Title>
        {s?.mode === 'anonymous' && <a href={`/api/v1/surveys/${id}/posters.pdf?lang=${en ? 'en' : 'vi'}`}>{k('posters')}</a>}
        {s?.mode === 'confidential' && can('manage_surveys') && <a href={`/api/v1/surveys/${id}/slips.pdf?lang=${en ? 'en' : 'vi'}`}>{k('slips')}</a>}
      </Space>
      <Table<SurveyLink> rowKey="code" size="small" pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={links.data?.items ?? []} scroll={{ x: 560 }}
        columns={[
          { title: t('surveys.surveys.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
          { title: k('link'), dataIndex: 'path', render: (p: string) => <Typography.Text copyable>{`${window.location.origin}${p}`}</Typography.Text> },
          { title: k('person'), dataIndex: 'person', render: (v: string | null) => v ?? '—', responsive: ['md'] },
          { title: k('expected'), dataIndex: 'expected' },
        ]} />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>{k('rates')}</Typography.Title>
      {r && <Typography.Paragraph data-testid="survey-total">{k('total', { responses: r.responses, expected: r.expected, rate: percent(r.response_rate) })}</Typography.Paragraph>}
      <Table rowKey="unit_id" size="small" pagination={false} dataSource={r?.units ?? []}
        columns={[
          { title: t('surveys.surveys.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
          { title: k('responses'), dataIndex: 'responses' },
          { title: k('expected'), dataIndex: 'expected' },
          { title: k('rate'), dataIndex: 'rate', render: (v: number | null) => percent(v) },
        ]} />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 16 }} wrap>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{k('results')}</Typography.Title>
        <Space wrap>
          <a href={`/api/v1/surveys/${id}/results.xlsx?lang=${en ? 'en' : 'vi'}`}>{k('export')}</a>
          <a href={`/api/v1/surveys/${id}/report.pdf?lang=${en ? 'en' : 'vi'}`}>{k('reportPdf')}</a>
        </Space>
      </Space>
      {r?.withheld && <Alert type="info" showIcon message={k('withheld', { n: r.min_group })} style={{ margin: '12px 0' }} />}
      {bars.length > 0 && (
        <Suspense fallback={null}>
          <ResultsChart bars={bars} label={k('chart', { values: bars.map((b) => `${b.label} ${percent(b.index)}`).join('; ') })} />
        </Suspense>
      )}
      <Table rowKey="key" size="small" pagination={false} dataSource={rows} scroll={{ x: 760 }} data-testid="survey-results"
        columns={[
          { title: k('question'), dataIndex: 'text' },
          { title: k('answered'), key: 'answered', render: (_, row) => row.distribution?.answered ?? '—' },
          { title: k('mean'), key: 'mean', render: (_, row) => (row.distribution?.mean != null ? row.distribution.mean.toFixed(2) : '—') },
          { title: k('index'), key: 'index', render: (_, row) => percent(row.distribution?.index) },
          { title: k('interval'), key: 'interval', render: (_, row) => (row.distribution?.interval ? `${percent(row.distribution.interval.low)} – ${percent(row.distribution.interval.high)}` : '—'), responsive: ['md'] },
          { title: k('previous'), dataIndex: 'previous_index', render: (v: number | null) => percent(v), responsive: ['md'] },
          { title: k('threshold'), dataIndex: 'threshold', render: (v: number | null) => percent(v), responsive: ['lg'] },
          { title: k('improvement'), dataIndex: 'improvement_id', render: (v: number | null) => (v ? <Link to={`/improvements/${v}`}>#{v}</Link> : '—') },
        ]} />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>{k('texts')}</Typography.Title>
      <Input.Search aria-label={k('search')} placeholder={k('search')} allowClear onSearch={setSearch} style={{ maxWidth: 420, marginBottom: 8 }} />
      {(texts.data?.items ?? []).length === 0 ? <Empty description={k('noTexts')} /> : (
        <ul data-testid="survey-texts">{texts.data!.items.map((x) => <li key={x.id}>{x.text}</li>)}</ul>
      )}
      {coding && s && <CodesModal survey={s} onClose={() => setCoding(false)} />}
    </>
  );
}
