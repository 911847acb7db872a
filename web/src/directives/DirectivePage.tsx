import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { FormModal } from '../components/FormModal';
import { UnitName } from '../components/RemoteSelect';
import { useSession } from '../session';
import { ANSWER_STATUSES, STATUS_COLOURS, type Directive, type DirectiveAnswer } from './types';

const date = (d: string) => dayjs(d).format('DD/MM/YYYY');

/** Accept or return (with its reason) one answer; `onDone` reloads what shows it. */
export function ReviewButtons({ answer, onDone }: { answer: DirectiveAnswer; onDone: () => void }) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const step = async (action: string, reason?: string) => {
    await api(`/directive-answers/${answer.id}/transitions`, { method: 'POST', json: { version: answer.version, action, reason } });
    onDone();
  };
  return (
    <Space wrap>
      {answer.actions.includes('accept') && (
        <Button size="small" type="primary" onClick={() => step('accept').catch((e) => setError(errorText(e)))}>
          {t('directives.steps.accept')}
        </Button>
      )}
      {answer.actions.includes('return') && (
        <Button size="small" danger onClick={() => setReturning(true)}>{t('directives.steps.return')}</Button>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {returning && (
        <FormModal<{ reason: string }> title={t('directives.answer.returnTitle')} fields={['reason']}
          onClose={() => setReturning(false)}
          send={async (v) => { await step('return', v.reason); setReturning(false); }}>
          <Form.Item name="reason" label={t('directives.answer.reason')} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}

export default function DirectivePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  // The submission rate is followed live: the department watches it fill as the units submit.
  const directive = useQuery({ queryKey: ['directives', id], queryFn: () => api<Directive>(`/directives/${id}`), refetchInterval: 15000 });
  const answers = useQuery({
    queryKey: ['directive-answers', 'of', id],
    queryFn: () => api<Page<DirectiveAnswer>>('/directive-answers', { query: { directive_id: id, limit: 200 } }),
    refetchInterval: 15000,
  });
  const reload = () => {
    void qc.invalidateQueries({ queryKey: ['directives', id] });
    void qc.invalidateQueries({ queryKey: ['directive-answers'] });
  };
  const { can } = useSession();
  const d = directive.data;
  if (directive.error) return <Alert type="error" showIcon message={errorText(directive.error)} />;
  if (!d) return null;
  // The sender changes the directive's files while it is open: until every unit's answer is accepted.
  const open = d.progress.total === 0 || (d.progress.by_status.accepted ?? 0) < d.progress.total;
  const sending = d.sender_view && can('send_directives') && open;
  return (
    <>
      <Link to="/directives">{t('directives.detail.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{d.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
        { key: 'kind', label: t('directives.form.kind'), children: t(`directives.kinds.${d.kind}`) },
        { key: 'dispatch', label: t('directives.list.dispatch'), children: `${d.dispatch_number}, ${date(d.dispatch_date)}` },
        { key: 'sender', label: t('directives.form.sender'), children: <UnitName id={d.unit_id} /> },
        { key: 'deadline', label: t('directives.list.deadline'), children: date(d.deadline) },
      ]} />
      {d.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{d.body}</Typography.Paragraph>}
      <AttachmentsCard path={`/directives/${d.id}/attachments`} title={t('directives.detail.files')}
        mayUpload={sending} mayRemove={sending}
        removeConfirm={(name) => t('directives.detail.removeFile', { name })} style={{ marginBottom: 16, maxWidth: 760 }} />
      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('directives.detail.progress')}</Typography.Title>
      <Space direction="vertical" style={{ width: '100%', maxWidth: 520 }} data-testid="directive-progress">
        <Progress percent={d.progress.rate} aria-label={t('directives.list.rate')} />
        <Typography.Text>{t('directives.detail.submitted', { submitted: d.progress.submitted, total: d.progress.total, rate: d.progress.rate })}</Typography.Text>
        <Space wrap>
          {ANSWER_STATUSES.map((s) => (
            <Tag key={s} color={STATUS_COLOURS[s]}>{t(`directives.statuses.${s}`)}: {d.progress.by_status[s] ?? 0}</Tag>
          ))}
        </Space>
      </Space>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>{t('directives.detail.answers')}</Typography.Title>
      {answers.error && <Alert type="error" showIcon message={errorText(answers.error)} />}
      <Table<DirectiveAnswer>
        rowKey="id" size="small" data-testid="answers-table" loading={answers.isLoading} pagination={false}
        dataSource={answers.data?.items ?? []} scroll={{ x: 720 }}
        columns={[
          { title: t('directives.list.unit'), key: 'unit', render: (_: unknown, r) => <Link to={`/directive-answers/${r.id}`}>{r.unit_name}</Link> },
          { title: t('directives.list.status'), dataIndex: 'status', render: (v: DirectiveAnswer['status']) => <Tag color={STATUS_COLOURS[v]}>{t(`directives.statuses.${v}`)}</Tag> },
          { title: t('directives.answer.text'), dataIndex: 'text', ellipsis: true, responsive: ['md'] },
          { title: t('directives.list.review'), key: 'review', render: (_: unknown, r) => <ReviewButtons answer={r} onDone={reload} /> },
        ]}
      />
    </>
  );
}
