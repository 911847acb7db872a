import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';

export interface ProgrammeAuditors {
  programme_id: number;
  today: string;
  standards: string[];
  auditors: { user_id: number; full_name: string; unit_id: number; unit_name: string; competences: { code: string; expires_on: string | null }[] }[];
  units: { unit_id: number; code: string; name: string; audited: boolean; standards: string[]; auditor_ids: number[] }[];
}

const standardName = (code: string) => code.toUpperCase().replace('ISO-', 'ISO ');

/** For each unit of an audit programme, the auditors holding the competence of its standards and independent of it. */
export function QualifiedAuditorsCard({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const answer = useQuery({
    queryKey: ['audit-programmes', 'qualified-auditors', programmeId],
    queryFn: () => api<ProgrammeAuditors>(`/audit-programmes/${programmeId}/qualified-auditors`),
  });
  const people = new Map((answer.data?.auditors ?? []).map((a) => [a.user_id, a]));
  // The earliest lapse among the competences a unit's standards need tells how long the person stays qualified.
  const until = (userId: number) => {
    const dates = (people.get(userId)?.competences ?? []).map((c) => c.expires_on).filter((d): d is string => !!d).sort();
    return dates[0];
  };
  return (
    <Card size="small" title={t('peopleEval.auditors.title')} data-testid="qualified-auditors">
      <Typography.Paragraph type="secondary">{t('peopleEval.auditors.help')}</Typography.Paragraph>
      {answer.error && <Alert type="error" showIcon message={errorText(answer.error)} />}
      <Table
        rowKey="unit_id" size="small" pagination={false} loading={answer.isLoading} scroll={{ x: 640 }}
        dataSource={answer.data?.units ?? []}
        columns={[
          {
            title: t('peopleEval.auditors.unit'), dataIndex: 'name',
            render: (v: string, u) => (
              <Space direction="vertical" size={0}>
                <span>{u.code} — {v}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {u.audited ? t('peopleEval.auditors.audited') : t('peopleEval.auditors.notAudited')}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('peopleEval.auditors.standards'), dataIndex: 'standards', responsive: ['md'],
            render: (v: string[]) => v.map((s) => <Tag key={s}>{standardName(s)}</Tag>),
          },
          {
            title: t('peopleEval.auditors.auditors'), dataIndex: 'auditor_ids',
            render: (ids: number[]) => (ids.length === 0
              ? <Tag color="red">{t('peopleEval.auditors.none')}</Tag>
              : ids.map((id) => {
                const date = until(id);
                return (
                  <Tag key={id} color="green" style={{ whiteSpace: 'normal', marginBottom: 4 }}>
                    {people.get(id)?.full_name} ({people.get(id)?.unit_name}){date ? ` · ${t('peopleEval.auditors.until', { date })}` : ''}
                  </Tag>
                );
              })),
          },
        ]}
      />
    </Card>
  );
}
