import { useEffect, useState } from 'react';
import { Alert, App, Button, Descriptions, Input, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { UnitName } from '../components/RemoteSelect';
import { ReviewButtons } from './DirectivePage';
import { STATUS_COLOURS, type DirectiveAnswer } from './types';

const date = (d: string) => dayjs(d).format('DD/MM/YYYY');
const EDITABLE = ['not_started', 'in_progress', 'returned'];

export default function AnswerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const answer = useQuery({ queryKey: ['directive-answers', id], queryFn: () => api<DirectiveAnswer>(`/directive-answers/${id}`) });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const a = answer.data;
  useEffect(() => { if (a) setText(a.text); }, [a]);
  const reload = () => void qc.invalidateQueries({ queryKey: ['directive-answers'] });
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().then(reload).catch((e) => setError(errorText(e)));
  };
  if (answer.error) return <Alert type="error" showIcon message={errorText(answer.error)} />;
  if (!a) return null;
  const mayWrite = EDITABLE.includes(a.status) && a.actions.some((x) => ['start', 'submit', 'reopen'].includes(x));
  const save = () => api<DirectiveAnswer>(`/directive-answers/${id}`, { method: 'PATCH', json: { version: a.version, text } });
  const step = (action: string, version = a.version) =>
    api(`/directive-answers/${id}/transitions`, { method: 'POST', json: { version, action } });
  return (
    <>
      <Link to="/directives">{t('directives.detail.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{a.directive.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
        { key: 'unit', label: t('directives.list.unit'), children: a.unit_name },
        { key: 'dispatch', label: t('directives.list.dispatch'), children: `${a.directive.dispatch_number}, ${date(a.directive.dispatch_date)}` },
        { key: 'sender', label: t('directives.form.sender'), children: <UnitName id={a.directive.unit_id} /> },
        { key: 'deadline', label: t('directives.list.deadline'), children: date(a.directive.deadline) },
        { key: 'status', label: t('directives.list.status'), children: <Tag data-testid="answer-status" color={STATUS_COLOURS[a.status]}>{t(`directives.statuses.${a.status}`)}</Tag> },
        ...(a.action_id ? [{ key: 'action', label: t('directives.answer.actionLabel'), children: t('directives.answer.action', { id: a.action_id }) }] : []),
      ]} />
      {a.directive.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{a.directive.body}</Typography.Paragraph>}
      <AttachmentsCard path={`/directives/${a.directive.id}/attachments`} title={t('directives.detail.files')}
        mayUpload={false} style={{ marginBottom: 12, maxWidth: 760 }} />
      {a.status === 'returned' && a.return_reason && (
        <Alert type="warning" showIcon message={t('directives.answer.returnReason')} description={a.return_reason} style={{ marginBottom: 12 }} />
      )}
      {a.status === 'accepted' && <Alert type="success" showIcon message={t('directives.answer.final')} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('directives.answer.text')}</Typography.Title>
      {mayWrite ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea aria-label={t('directives.answer.text')} rows={8} maxLength={50000} value={text} onChange={(e) => setText(e.target.value)} />
          <Space wrap>
            <Button onClick={() => run(async () => { await save(); message.success(t('directives.answer.saved')); })}>
              {t('directives.answer.save')}
            </Button>
            {a.actions.includes('reopen') && <Button onClick={() => run(() => step('reopen'))}>{t('directives.steps.reopen')}</Button>}
            {(a.actions.includes('submit') || a.actions.includes('start')) && (
              <Button type="primary" onClick={() => run(async () => {
                // Saved first: the answer is submitted as written here.
                const saved = text !== a.text || a.status === 'not_started' ? await save() : a;
                await step('submit', saved.version);
              })}>{t('directives.steps.submit')}</Button>
            )}
          </Space>
        </Space>
      ) : (
        <Typography.Paragraph data-testid="answer-text" style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Typography.Paragraph>
      )}
      {/* The answer's files go with its text: changed while it may be written, read-only once submitted. */}
      <AttachmentsCard path={`/directive-answers/${id}/attachments`} title={t('directives.answer.files')}
        mayUpload={mayWrite} mayRemove={mayWrite} removeConfirm={(name) => t('directives.answer.removeFile', { name })}
        style={{ margin: '12px 0', maxWidth: 760 }} />
      <ReviewButtons answer={a} onDone={reload} />
    </>
  );
}
