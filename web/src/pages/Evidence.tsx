import { Alert, Card, Col, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import {
  EVIDENCE_STATES, type ClauseEvidence, type EvidenceDocument, type EvidenceRecord, type EvidenceState, type MandatoryEvidence, type Standard,
  type StandardEvidence,
} from '../api/types';
import { UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { standardName } from '../documents/Clauses';
import { formatDate } from '../format';

const STATE_COLOR: Record<EvidenceState, string> = { present: 'green', out_of_date: 'orange', in_draft: 'gold', missing: 'red' };

function StateTag({ state }: { state: EvidenceState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]} data-testid="evidence-state">{t(`evidence.states.${state}`)}</Tag>;
}

/** Links to documents, processes or records, each marked when it counts through an "equal" clause of the other standard. */
function Linked({ items }: { items: { key: number; to: string; text: string; via: boolean }[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <>—</>;
  return (
    <Space direction="vertical" size={2}>
      {items.map((i) => (
        <span key={i.key} data-testid="evidence-link">
          <Link to={i.to}>{i.text}</Link>
          {i.via && <Tag title={t('evidence.viaHelp')} style={{ marginInlineStart: 6 }} data-testid="via">{t('evidence.via')}</Tag>}
        </span>
      ))}
    </Space>
  );
}

const documentLinks = (docs: EvidenceDocument[]) =>
  docs.map((d) => ({ key: d.id, to: `/documents/${d.id}`, text: `${d.code} ${d.title}`, via: d.via_correspondence }));
const recordLinks = (records: EvidenceRecord[]) =>
  records.map((r) => ({ key: r.id, to: `/records/${r.id}`, text: `${r.title} (${formatDate(r.recorded_on)})`, via: r.via_correspondence }));

export default function Evidence() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [params, setParam] = useUrlParams();
  const standards = useQuery({ queryKey: ['standards'], queryFn: () => api<{ items: Standard[] }>('/standards'), staleTime: Infinity });
  const items = standards.data?.items ?? [];
  const standardId = Number(params.get('standard')) || items.find((s) => s.code === 'iso-9001')?.id || items[0]?.id;
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const state = params.get('state') as EvidenceState | null;
  const evidence = useQuery({
    queryKey: ['evidence', standardId, within],
    queryFn: () => api<StandardEvidence>(`/standards/${standardId}/evidence`, { query: { within } }),
    enabled: !!standardId,
  });
  const e = evidence.data;
  const documents = new Map(e?.clauses.flatMap((c) => c.documents.map((d) => [d.id, d] as const)) ?? []);
  const records = new Map(e?.clauses.flatMap((c) => c.records.map((r) => [r.id, r] as const)) ?? []);
  const clauses = (e?.clauses ?? []).filter((c) => !state || c.state === state);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('evidence.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('evidence.standard')}
          value={standardId}
          onChange={(v) => setParam('standard', v)}
          options={items.map((s) => ({ value: s.id, label: standardName(s) }))}
          style={{ width: 200 }}
        />
        <UnitSelect aria-label={t('evidence.unit')} placeholder={t('evidence.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 280, maxWidth: '100%' }} />
      </Space>
      {(standards.error || evidence.error) && <Alert type="error" showIcon message={errorText(standards.error ?? evidence.error)} />}
      {e && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card size="small" title={t('evidence.mandatory')}>
            <Row gutter={[16, 8]} data-testid="evidence-summary" style={{ marginBottom: 12 }}>
              <Col xs={8} md={4}><Statistic title={t('evidence.total')} value={e.summary.mandatory_total} /></Col>
              {EVIDENCE_STATES.map((s) => (
                <Col key={s} xs={8} md={4}><Statistic title={t(`evidence.states.${s}`)} value={e.summary[s]} data-testid={`summary-${s}`} /></Col>
              ))}
            </Row>
            <Table<MandatoryEvidence>
              rowKey="id"
              size="small"
              data-testid="mandatory-table"
              dataSource={e.mandatory}
              pagination={false}
              scroll={{ x: 760 }}
              columns={[
                { title: t('evidence.clause'), dataIndex: 'clause_number', width: 90 },
                {
                  title: t('evidence.item'),
                  render: (_, m) => (
                    <>
                      {en ? m.title_en : m.title_vi} {m.unconfirmed && <Tag>{t('evidence.unconfirmed')}</Tag>}
                    </>
                  ),
                },
                { title: t('evidence.type'), dataIndex: 'type', render: (v: MandatoryEvidence['type']) => t(`evidence.types.${v}`), responsive: ['md'] },
                { title: t('evidence.state'), dataIndex: 'state', render: (v: EvidenceState) => <StateTag state={v} /> },
                {
                  title: t('evidence.documents'),
                  render: (_, m) => <Linked items={documentLinks(m.document_ids.flatMap((id) => documents.get(id) ?? []))} />,
                },
                {
                  title: t('evidence.records'),
                  render: (_, m) => <Linked items={recordLinks(m.record_ids.flatMap((id) => records.get(id) ?? []))} />,
                },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={t('evidence.clauses')}
            extra={
              <Select
                aria-label={t('evidence.filterState')}
                placeholder={t('evidence.state')}
                allowClear
                value={state ?? undefined}
                onChange={(v) => setParam('state', v)}
                options={EVIDENCE_STATES.map((s) => ({ value: s, label: t(`evidence.states.${s}`) }))}
                style={{ width: 170 }}
              />
            }
          >
            <Table<ClauseEvidence>
              rowKey="clause_id"
              size="small"
              data-testid="clauses-table"
              dataSource={clauses}
              pagination={false}
              scroll={{ x: 880 }}
              onRow={(c) => ({ 'data-number': c.number } as React.HTMLAttributes<HTMLElement>)}
              columns={[
                { title: t('evidence.clause'), render: (_, c) => `${c.number} ${en ? c.title_en : c.title_vi}` },
                { title: t('evidence.state'), dataIndex: 'state', width: 130, render: (v: EvidenceState) => <StateTag state={v} /> },
                { title: t('evidence.documents'), render: (_, c) => <Linked items={documentLinks(c.documents)} /> },
                {
                  title: t('evidence.processes'),
                  render: (_, c) => (
                    <Linked items={c.processes.map((p) => ({ key: p.id, to: `/processes/${p.id}`, text: `${p.code} ${p.name}`, via: p.via_correspondence }))} />
                  ),
                },
                { title: t('evidence.records'), render: (_, c) => <Linked items={recordLinks(c.records)} /> },
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
