import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Progress, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, buildUrl, type Page } from '../api/client';
import { errorText } from '../api/problem';
import type { Unit } from '../api/types';
import { UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { AssessmentModal } from '../certification/AssessmentModal';
import { standardLabel, type CatalogueStandard, type ReadinessClause, type ReadinessReport } from '../certification/types';
import { useSession } from '../session';
import { highestUnitFor } from '../permissions';


/** Readiness of a unit against a standard: per clause group and overall, clause by clause, the gaps; exports. */
export default function Readiness() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user, can } = useSession();
  const qc = useQueryClient();
  const [params, setParam] = useUrlParams();
  // Opens on the highest unit the user may see: the department for its quality manager, not the office they work in.
  const unitId = Number(params.get('unit_id') ?? highestUnitFor(user, 'view_certification') ?? user?.unit_id ?? 0) || undefined;
  const standards = useQuery({
    queryKey: ['standards'],
    queryFn: () => api<Page<CatalogueStandard>>('/standards'),
    staleTime: 300_000,
  });
  const standardId = Number(params.get('standard') ?? standards.data?.items[0]?.id ?? 0) || undefined;
  const gapsOnly = params.get('gaps') === 'true';
  const [assessing, setAssessing] = useState<ReadinessClause | null>(null);
  const R = (k: string, o?: Record<string, unknown>) => t(`certification.readiness.${k}`, o);

  const report = useQuery({
    queryKey: ['readiness', unitId, standardId],
    queryFn: () => api<ReadinessReport>('/readiness', { query: { unit_id: unitId, standard: standardId } }),
    enabled: !!unitId && !!standardId,
  });
  const unit = useQuery({ queryKey: ['unit', unitId], queryFn: () => api<Unit>(`/units/${unitId}`), enabled: !!unitId, staleTime: 60_000 });
  const mayAssess = !!unit.data && can('assess_readiness', unit.data.path);
  const r = report.data;
  const title = (c: { title_vi: string; title_en: string }) => (i18n.language === 'en' ? c.title_en : c.title_vi);
  const rows = (r?.clauses ?? []).filter((c) => !gapsOnly || c.gaps.length > 0);
  const saved = () => {
    setAssessing(null);
    message.success(R('assessed'));
    void qc.invalidateQueries({ queryKey: ['readiness'] });
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{R('title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitSelect aria-label={R('unitFilter')} placeholder={R('unit')} value={unitId}
          onChange={(v) => setParam('unit_id', v)} style={{ width: 280, maxWidth: '100%' }} />
        <Select aria-label={R('standardFilter')} value={standardId} style={{ width: 200, maxWidth: '100%' }}
          loading={standards.isLoading} onChange={(v) => setParam('standard', String(v))}
          options={(standards.data?.items ?? []).map((s) => ({ value: s.id, label: standardLabel(s) }))} />
        <Checkbox checked={gapsOnly} onChange={(e) => setParam('gaps', e.target.checked ? 'true' : null)}>{R('gapList')}</Checkbox>
      </Space>
      {unitId && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button href={buildUrl('/readiness/gap-report', { unit_id: unitId, standard: standardId, format: 'xlsx' })} download>
            {R('gapReportXlsx')}
          </Button>
          <Button href={buildUrl('/readiness/gap-report', { unit_id: unitId, standard: standardId, format: 'pdf' })} download>
            {R('gapReportPdf')}
          </Button>
          <Button href={buildUrl('/readiness/evidence-pack', { unit_id: unitId })} download>{R('evidencePack')}</Button>
        </Space>
      )}
      {!unitId && <Empty description={R('chooseUnit')} />}
      {report.error && <Alert type="error" showIcon message={errorText(report.error)} style={{ marginBottom: 12 }} />}
      {r && (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={6}>
            <Card size="small">
              <Statistic title={R('overall')} value={r.percent} suffix="%" data-testid="readiness-overall" />
            </Card>
          </Col>
          <Col xs={24} md={18}>
            <Card size="small" title={R('groups')}>
              {r.groups.map((g) => (
                <div key={g.clause_id} data-testid={`readiness-group-${g.number}`}>
                  <Typography.Text>{g.number}. {title(g)} — {R('ready', { ready: g.ready, count: g.clauses })}</Typography.Text>
                  <Progress percent={g.percent} size="small" aria-label={`${g.number}. ${title(g)}`} />
                </div>
              ))}
            </Card>
          </Col>
        </Row>
      )}
      {r && (
        <Table<ReadinessClause>
          rowKey="clause_id"
          size="small"
          data-testid="readiness-table"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: R('clause'), key: 'clause', render: (_: unknown, c) => <><strong>{c.number}</strong> {title(c)}</> },
            {
              title: R('status'), key: 'status',
              render: (_: unknown, c) => (
                <Space direction="vertical" size={0}>
                  <Tag>{R(`statuses.${c.status}`)}</Tag>
                  {c.assessment?.comment && <Typography.Text type="secondary">{c.assessment.comment}</Typography.Text>}
                  {c.assessment_via_correspondence && <Typography.Text type="secondary">{R('viaCorrespondence')}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: R('evidence'), key: 'evidence', responsive: ['md'],
              render: (_: unknown, c) => (
                <Space direction="vertical" size={0}>
                  {R('evidenceCount', {
                    documents: c.evidence.documents.length, records: c.evidence.records.length, processes: c.evidence.processes.length,
                  })}
                  {(c.evidence.registers ?? []).map((r) => (
                    <Typography.Text key={r.register} type={r.shortfalls.length ? 'warning' : undefined}>
                      {R(`registers.${r.register}`, { count: r.entries })}
                      {r.shortfalls.map((s) => ` · ${R(`shortfalls.${s}`)}`).join('')}
                    </Typography.Text>
                  ))}
                </Space>
              ),
            },
            { title: R('nonconformities'), key: 'ncs', render: (_: unknown, c) => c.nonconformities.length, responsive: ['md'] },
            {
              title: R('mandatory'), key: 'mandatory', responsive: ['lg'],
              render: (_: unknown, c) => c.mandatory.map((m, i) => (
                <div key={i}>{i18n.language === 'en' ? m.title_en : m.title_vi}: {R(`mandatoryStates.${m.state}`)}</div>
              )),
            },
            { title: R('points'), dataIndex: 'points' },
            { title: R('gaps'), key: 'gaps', render: (_: unknown, c) => c.gaps.map((g) => <Tag key={g} color="orange">{R(`gapNames.${g}`)}</Tag>) },
            ...(mayAssess ? [{
              title: t('common.actions'), key: 'assess',
              render: (_: unknown, c: ReadinessClause) => (
                <Button size="small" onClick={() => setAssessing(c)} aria-label={`${R('assess')} ${c.number}`}>{R('assess')}</Button>
              ),
            }] : []),
          ]}
        />
      )}
      {assessing && unitId && <AssessmentModal unitId={unitId} clause={assessing} onClose={() => setAssessing(null)} onSaved={saved} />}
    </>
  );
}
