import { Alert, Card, Col, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { clauseRefLabel } from '../audits/labels';
import { BarList, ParetoChart } from '../improvement/charts';
import { AGE_BUCKETS, SEVERITIES, type NcDashboard } from '../improvement/types';

const AGE_COLOR = ['#52c41a', '#faad14', '#fa8c16', '#cf1322'];

export default function NonconformityDashboard() {
  const { t, i18n } = useTranslation();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const q = useQuery({
    queryKey: ['nonconformities', 'dashboard', within],
    queryFn: () => api<NcDashboard>('/dashboards/nonconformities', { query: { within } }),
  });
  const d = q.data;
  const list = (query: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ within, ...query })) if (v !== undefined) p.set(k, String(v));
    return `/nonconformities?${p.toString()}`;
  };
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('improvement.dashboard.title')}</Typography.Title>
        <Link to="/nonconformities">{t('improvement.dashboard.viewList')}</Link>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('improvement.dashboard.within')} placeholder={t('improvement.dashboard.within')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 280, maxWidth: '100%' }} />
      </Space>
      {q.error && <Alert type="error" showIcon message={errorText(q.error)} style={{ marginBottom: 12 }} />}
      {q.isLoading && <Spin aria-label={t('common.loading')} />}
      {d && (
        <Row gutter={[16, 16]} data-testid="nc-dashboard">
          <Col xs={12} md={6}>
            <Card size="small">
              <Link to={list({})} data-testid="dash-open">
                <Statistic title={t('improvement.dashboard.open')} value={d.open_by_severity.major + d.open_by_severity.minor} />
              </Link>
            </Card>
          </Col>
          {SEVERITIES.map((s) => (
            <Col xs={12} md={6} key={s}>
              <Card size="small">
                <Link to={list({ severity: s })} data-testid={`dash-${s}`}>
                  <Statistic title={t(`improvement.dashboard.${s}`)} value={d.open_by_severity[s]} />
                </Link>
              </Card>
            </Col>
          ))}
          <Col xs={12} md={6}>
            <Card size="small">
              <Link to={list({ overdue: 'true' })} data-testid="dash-overdue">
                <Statistic title={t('improvement.dashboard.overdue')} value={d.overdue} valueStyle={d.overdue ? { color: '#cf1322' } : undefined} />
              </Link>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={t('improvement.dashboard.meanDays')}>
              <Statistic
                value={d.mean_days_to_close === null ? t('improvement.dashboard.noClosed') : number.format(d.mean_days_to_close)}
                suffix={d.mean_days_to_close === null ? undefined : t('improvement.dashboard.days')}
              />
              <Typography.Text type="secondary">{t('improvement.dashboard.meanHelp')}</Typography.Text>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small" title={t('improvement.dashboard.byAge')}>
              <BarList
                testId="dash-age"
                rows={AGE_BUCKETS.map((b, i) => ({ key: b, label: t(`improvement.dashboard.ages.${b}`), count: d.open_by_age_days[b], color: AGE_COLOR[i] }))}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('improvement.dashboard.byUnit')}>
              <BarList
                testId="dash-units"
                rows={d.open_by_unit.map((u) => ({ key: u.unit_id, label: <Link to={list({ within: u.unit_id })}>{u.name}</Link>, count: u.count }))}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('improvement.dashboard.paretoCause')}>
              <ParetoChart
                testId="pareto-cause"
                title={t('improvement.dashboard.paretoCause')}
                bars={d.pareto_by_cause.map((b) => ({ ...b, label: t(`improvement.nc.causes.${b.category}`) }))}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t('improvement.dashboard.paretoClause')}>
              <ParetoChart
                testId="pareto-clause"
                title={t('improvement.dashboard.paretoClause')}
                bars={d.pareto_by_clause.map((b) => ({ ...b, label: clauseRefLabel({ urn: b.urn ?? '', number: b.number ?? '' }) }))}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
