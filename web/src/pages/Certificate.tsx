import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Row, Spin, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Unit } from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { CertificateChangeModal } from '../certification/CertificateChangeModal';
import { CertificateStatusTag, StandingTag, useMilestoneName } from '../certification/labels';
import type { CertificateChange, CertificateDetail, DueWindow } from '../certification/types';
import { useSession } from '../session';
import { formatDate, formatDateTime } from '../format';

/** A certificate: its public-register fields, its due windows with their standing, its history of changes. */
export default function CertificatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, timeZone } = useSession();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [changing, setChanging] = useState(false);
  const milestone = useMilestoneName();
  const query = useQuery({ queryKey: ['certificates', 'one', id], queryFn: () => api<CertificateDetail>(`/certificates/${id}`) });
  const c = query.data;
  const unit = useQuery({ queryKey: ['unit', c?.unit_id], queryFn: () => api<Unit>(`/units/${c!.unit_id}`), enabled: !!c, staleTime: 60_000 });
  if (query.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!c) return <Alert type="error" showIcon message={errorText(query.error)} />;

  const L = (k: string) => t(`certification.certificates.${k}`);
  const saved = () => {
    setChanging(false);
    message.success(L('changed'));
    void qc.invalidateQueries({ queryKey: ['certificates'] });
    void qc.invalidateQueries({ queryKey: ['certifications'] });
  };
  return (
    <>
      <Link to="/certificates">← {L('back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 12px' }}>
        {c.number} <CertificateStatusTag status={c.status} />
      </Typography.Title>
      {!!unit.data && can('manage_certification', unit.data.path) && (
        <Button style={{ marginBottom: 16 }} onClick={() => setChanging(true)}>{L('change')}</Button>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={L('register')}>
            <Descriptions column={1} size="small" bordered data-testid="certificate-detail">
              <Descriptions.Item label={L('number')}>{c.number}</Descriptions.Item>
              <Descriptions.Item label={L('entity')}>{c.entity_name}</Descriptions.Item>
              {/* Not `address && …`: an empty address gave Descriptions an empty string, drawn as a blank row. */}
              {c.entity_address ? <Descriptions.Item label={L('address')}>{c.entity_address}</Descriptions.Item> : null}
              <Descriptions.Item label={L('sites')}>{c.sites.map((s) => s.name).join('; ')}</Descriptions.Item>
              <Descriptions.Item label={L('scopeVi')}>{c.scope_vi}</Descriptions.Item>
              <Descriptions.Item label={L('scopeEn')}>{c.scope_en}</Descriptions.Item>
              <Descriptions.Item label={L('standards')}>{c.standards.map((s) => s.label).join(', ')}</Descriptions.Item>
              <Descriptions.Item label={L('body')}>{c.body_name}</Descriptions.Item>
              <Descriptions.Item label={L('accreditation')}>
                {[c.accreditation_body, c.accreditation_number].filter(Boolean).join(' — ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={L('originalIssue')}>{formatDate(c.original_issue_date)}</Descriptions.Item>
              <Descriptions.Item label={L('issue')}>{formatDate(c.issue_date)}</Descriptions.Item>
              <Descriptions.Item label={L('expiry')}>{formatDate(c.expiry_date)}</Descriptions.Item>
              <Descriptions.Item label={L('status')}><CertificateStatusTag status={c.status} /></Descriptions.Item>
              <Descriptions.Item label={L('project')}>
                <Link to={`/certifications/${c.project_id}`}>#{c.project_id}</Link> · <UnitName id={c.unit_id} />
              </Descriptions.Item>
              <Descriptions.Item label={L('publicPage')}>
                <a href={`/verify/${encodeURIComponent(c.number)}`} target="_blank" rel="noreferrer">/verify/{c.number}</a>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={L('due')}>
            <Table<DueWindow>
              rowKey={(d) => `${d.milestone}-${d.sequence}-${d.standard ?? ''}`}
              size="small"
              data-testid="certificate-due"
              dataSource={c.due}
              pagination={false}
              scroll={{ x: 480 }}
              columns={[
                { title: L('milestone'), key: 'm', render: (_: unknown, d) => milestone(d) },
                { title: L('window'), key: 'w', render: (_: unknown, d) => `${formatDate(d.earliest)} – ${formatDate(d.latest)}` },
                { title: L('standing'), key: 's', render: (_: unknown, d) => (
                  <>
                    <StandingTag due={d} />
                    {d.completed_on && formatDate(d.completed_on)}
                  </>
                ) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={L('history')}>
            <Table<CertificateChange>
              rowKey="id"
              size="small"
              data-testid="certificate-history"
              dataSource={[...c.history].reverse()}
              pagination={false}
              scroll={{ x: 600 }}
              columns={[
                { title: L('effectiveOn'), dataIndex: 'effective_on', render: (v: string) => formatDate(v) },
                { title: L('kind'), dataIndex: 'kind', render: (v: string) => L(`kinds.${v}`) },
                { title: L('reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
                { title: L('by'), dataIndex: 'user_id', render: (v: number | null) => <UserName id={v} />, responsive: ['md'] },
                { title: L('at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, timeZone), responsive: ['md'] },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {changing && <CertificateChangeModal certificate={c} onClose={() => setChanging(false)} onSaved={saved} />}
    </>
  );
}
