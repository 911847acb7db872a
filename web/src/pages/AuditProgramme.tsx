import { useState } from 'react';
import {
  Alert, App, Button, Card, Col, Collapse, Descriptions, Empty, Form, Input, Popconfirm, Row, Space, Spin, Table, Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, fetchAll } from '../api/client';
import type { RiskLevel, Unit } from '../api/types';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName } from '../components/RemoteSelect';
import { formatDateTime } from '../format';
import { ClauseTags } from '../documents/Clauses';
import { RiskTag } from '../processes/labels';
import { useSession } from '../session';
import { AuditFormModal } from '../audits/AuditFormModal';
import { QualifiedAuditorsCard } from '../people/QualifiedAuditors';
import { AuditStatusTag, auditDates } from '../audits/labels';
import { standardLabel } from '../certification/types';
import type { Audit, AuditStatus, ProcessCoverage, Programme, ProgrammeCoverage } from '../audits/types';

export default function AuditProgrammePage() {
  const { t } = useTranslation();
  const { can, timeZone } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [planning, setPlanning] = useState(false);
  const [editing, setEditing] = useState(false);

  const programme = useQuery({
    queryKey: ['audit-programmes', 'one', id],
    queryFn: () => api<ProgrammeCoverage>(`/audit-programmes/${id}`),
  });
  const audits = useQuery({
    queryKey: ['audits', 'of-programme', id],
    queryFn: () => fetchAll<Audit>('/audits', { programme_id: id }),
  });
  const unit = useQuery({
    queryKey: ['unit', programme.data?.unit_id],
    queryFn: () => api<Unit>(`/units/${programme.data!.unit_id}`),
    enabled: !!programme.data,
    staleTime: 60_000,
  });

  if (programme.isLoading) return <Spin aria-label={t('common.loading')} />;
  const p = programme.data;
  if (!p) return <Alert type="error" showIcon message={errorText(programme.error)} />;
  const { coverage } = p;
  // Those who may create a programme on its unit change and archive it.
  const manages = !p.archived_at && !!unit.data && can('manage_audits', unit.data.path);
  const archive = async () => {
    try {
      await api(`/audit-programmes/${p.id}`, { method: 'DELETE' });
      message.success(t('audits.programmes.archived'));
      await qc.invalidateQueries({ queryKey: ['audit-programmes'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Link to="/audit-programmes">← {t('audits.programmes.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 16px' }}>
        {p.year} — {p.title} {p.archived_at && <Tag>{t('audits.programmes.archived')}</Tag>}
      </Typography.Title>
      {p.archived_at && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }}
          message={t('audits.programmes.archivedNotice', { date: formatDateTime(p.archived_at, timeZone) })} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t('audits.programmes.detail')}
            extra={manages && (
              <Space wrap size="small">
                <Button size="small" onClick={() => setEditing(true)}>{t('audits.programmes.edit')}</Button>
                <Popconfirm title={t('audits.programmes.archiveConfirm')} onConfirm={() => void archive()}
                  okText={t('common.confirm')} cancelText={t('common.cancel')}>
                  <Button size="small" danger>{t('audits.programmes.archive')}</Button>
                </Popconfirm>
              </Space>
            )}
          >
            <Descriptions column={1} size="small" bordered data-testid="programme-detail">
              <Descriptions.Item label={t('audits.programmes.unit')}><UnitName id={p.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('audits.programmes.year')}>{p.year}</Descriptions.Item>
              <Descriptions.Item label={t('audits.programmes.objectives')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{p.objectives || '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('audits.programmes.auditsOf')}
            extra={!p.archived_at && can('manage_audits') && (
              <Button type="primary" size="small" onClick={() => setPlanning(true)}>{t('audits.create')}</Button>
            )}
          >
            {audits.error && <Alert type="error" showIcon message={errorText(audits.error)} />}
            <Table<Audit>
              rowKey="id"
              size="small"
              pagination={false}
              data-testid="programme-audits"
              loading={audits.isLoading}
              dataSource={audits.data ?? []}
              scroll={{ x: 480 }}
              locale={{ emptyText: <Empty description={t('audits.empty')} /> }}
              columns={[
                { title: t('audits.titleField'), dataIndex: 'title', render: (v: string, a) => <Link to={`/audits/${a.id}`}>{v}</Link> },
                { title: t('audits.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
                { title: t('audits.dates'), key: 'dates', render: (_, a) => auditDates(a), responsive: ['md'] },
                { title: t('audits.status'), dataIndex: 'status', render: (v: AuditStatus) => <AuditStatusTag status={v} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('audits.programmes.coverage')} data-testid="coverage">
            <Typography.Title level={2} style={{ fontSize: 15 }}>{t('audits.programmes.processes')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('audits.programmes.riskHelp')}</Typography.Paragraph>
            <Table<ProcessCoverage>
              rowKey="id"
              size="small"
              pagination={false}
              data-testid="coverage-processes"
              dataSource={coverage.processes}
              scroll={{ x: 560 }}
              locale={{ emptyText: t('audits.programmes.noProcesses') }}
              columns={[
                { title: t('audits.programmes.process'), dataIndex: 'name', render: (v: string, r) => <Link to={`/processes/${r.id}`}>{r.code} — {v}</Link> },
                { title: t('audits.programmes.risk'), dataIndex: 'risk_level', render: (v: RiskLevel) => <RiskTag level={v} /> },
                { title: t('audits.programmes.audits'), dataIndex: 'audits', align: 'right' },
                { title: t('audits.programmes.required'), dataIndex: 'required', align: 'right' },
                {
                  title: t('audits.programmes.state'),
                  dataIndex: 'covered',
                  render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{v ? t('audits.programmes.covered') : t('audits.programmes.due')}</Tag>,
                },
              ]}
            />
            <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>{t('audits.programmes.clausesNotCovered')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('audits.programmes.clausesHelp')}</Typography.Paragraph>
            <Collapse
              data-testid="coverage-clauses"
              items={coverage.standards.map((s) => ({
                key: s.standard_id,
                label: (
                  <Space wrap>
                    <span>{standardLabel(s)}</span>
                    <Tag color={s.clauses_not_covered.length ? 'red' : 'green'}>
                      {t('audits.programmes.clauseCount', { count: s.clauses_not_covered.length })}
                    </Tag>
                  </Space>
                ),
                children: s.clauses_not_covered.length
                  ? <ClauseTags ids={s.clauses_not_covered.map((c) => c.id)} />
                  : t('audits.programmes.allClausesCovered'),
              }))}
            />
            <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>{t('audits.programmes.unitsNotAudited')}</Typography.Title>
            <div data-testid="coverage-units">
              {coverage.units_not_audited.length === 0
                ? <Typography.Text type="secondary">{t('audits.programmes.allUnitsAudited')}</Typography.Text>
                : coverage.units_not_audited.map((u) => <Tag key={u.id} style={{ marginBottom: 4, whiteSpace: 'normal' }}>{u.code} — {u.name}</Tag>)}
            </div>
          </Card>
        </Col>
        <Col xs={24}>
          <QualifiedAuditorsCard programmeId={p.id} />
        </Col>
      </Row>
      {planning && <AuditFormModal programmeId={p.id} onClose={() => setPlanning(false)} onSaved={(a) => navigate(`/audits/${a.id}`)} />}
      {editing && <ProgrammeEditModal programme={p} onClose={() => setEditing(false)} />}
    </>
  );
}

/** Changes a programme's title and objectives; its unit and year stay. */
function ProgrammeEditModal({ programme: p, onClose }: { programme: Programme; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: ['audit-programmes'] });
  const send = async (v: { title: string; objectives?: string }) => {
    await api<Programme>(`/audit-programmes/${p.id}`, {
      method: 'PATCH', json: { version: p.version, title: v.title, objectives: v.objectives ?? '' },
    });
    message.success(t('audits.programmes.saved'));
    await refresh();
    onClose();
  };
  return (
    <FormModal
      title={t('audits.programmes.edit')}
      fields={['title', 'objectives']}
      send={send}
      onClose={onClose}
      onStale={() => { void refresh(); onClose(); }}
      initialValues={{ title: p.title, objectives: p.objectives }}
    >
      <Form.Item name="title" label={t('audits.programmes.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="objectives" label={t('audits.programmes.objectives')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
    </FormModal>
  );
}
