import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Collapse, DatePicker, Descriptions, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { UnitName, UserName, UserSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { itemLink, OUTPUT_KINDS, STEPS, type ManagementReview, type ReviewInput } from './types';

function InputPanel({ input, note, editable, onNote }: {
  input: ReviewInput; note: string; editable: boolean; onNote: (text: string) => void;
}) {
  const { t } = useTranslation();
  if (!input.available) return <Alert type="info" showIcon message={t('review.meeting.noModule')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {Object.entries(input.facts).map(([name, n]) => (
          <Tag key={name}>{t(`review.facts.${name}`, { defaultValue: name })}: {n}</Tag>
        ))}
        {input.list && <Link to={input.list}>{t('review.meeting.viewList')}</Link>}
      </Space>
      {input.items.length > 0 && (
        <List size="small" dataSource={input.items} renderItem={(item) => {
          const link = itemLink(item.type, item.id);
          return (
            <List.Item>
              {link ? <Link to={link}>{item.title}</Link> : item.title}{' '}
              <Tag>{t(`review.facts.${item.status}`, { defaultValue: item.status })}</Tag>
              {item.date && dayjs(item.date).format('DD/MM/YYYY')}
            </List.Item>
          );
        }} />
      )}
      {input.truncated && <Typography.Text type="secondary">{t('review.meeting.more', { count: input.count - input.items.length })}</Typography.Text>}
      <Input.TextArea aria-label={`${t('review.meeting.notes')}: ${t(`review.inputs.${input.key}`)}`} rows={2} maxLength={10000}
        value={note} disabled={!editable} placeholder={t('review.meeting.notes')} onChange={(e) => onNote(e.target.value)} />
    </Space>
  );
}

function OutputForm({ review, onSaved }: { review: ManagementReview; onSaved: (r: ManagementReview) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const raise = Form.useWatch('raise', form) as string | undefined;
  const [busy, setBusy] = useState(false);
  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'improvement', raise: 'action' }} onFinish={async (v) => {
      setBusy(true);
      try {
        const body: Record<string, unknown> = { version: review.version, kind: v.kind, decision: v.decision, raise: v.raise };
        if (v.owner_id) body.owner_id = v.owner_id;
        if (v.due_date && v.raise === 'action') body.due_date = (v.due_date as dayjs.Dayjs).format('YYYY-MM-DD');
        onSaved(await api<ManagementReview>(`/management-reviews/${review.id}/outputs`, { method: 'POST', json: body }));
        form.resetFields(['decision', 'owner_id', 'due_date']);
      } catch (e) {
        message.error(errorText(e));
      } finally {
        setBusy(false);
      }
    }}>
      <Form.Item name="decision" label={t('review.meeting.decision')} rules={[{ required: true, max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap align="end">
        <Form.Item name="kind" label={t('review.meeting.kind')}>
          <Select style={{ width: 200 }} options={OUTPUT_KINDS.map((k) => ({ value: k, label: t(`review.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="raise" label={t('review.meeting.raise')}>
          <Select style={{ width: 200 }} options={['action', 'improvement'].map((k) => ({ value: k, label: t(`review.raises.${k}`) }))} />
        </Form.Item>
        <Form.Item name="owner_id" label={t('review.meeting.owner')}>
          <UserSelect style={{ width: 260 }} allowClear can={raise === 'action' ? 'update_own_actions' : undefined} unitId={review.unit_id} />
        </Form.Item>
        {raise !== 'improvement' && (
          <Form.Item name="due_date" label={t('review.meeting.dueDate')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
        <Form.Item>
          <Button htmlType="submit" loading={busy}>{t('review.meeting.addOutput')}</Button>
        </Form.Item>
      </Space>
    </Form>
  );
}

export default function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const review = useQuery({ queryKey: ['management-reviews', id], queryFn: () => api<ManagementReview>(`/management-reviews/${id}`) });
  const r = review.data;
  const preview = useQuery({
    queryKey: ['management-reviews', id, 'inputs'],
    queryFn: () => api<{ frozen: boolean; items: ReviewInput[] }>(`/management-reviews/${id}/inputs`),
    enabled: !!r && !r.inputs,
  });
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [conclusions, setConclusions] = useState('');
  useEffect(() => {
    if (r) {
      setNotes(r.notes);
      setConclusions(r.conclusions);
    }
  }, [r?.version]);  // eslint-disable-line react-hooks/exhaustive-deps
  if (review.error) return <Alert type="error" showIcon message={errorText(review.error)} />;
  if (!r) return null;
  const set = (next: ManagementReview) => qc.setQueryData(['management-reviews', id], next);
  const manage = can('manage_reviews');
  const editable = manage && (r.status === 'open' || r.status === 'held');
  const inputs = r.inputs ?? preview.data?.items ?? [];
  const lang = i18n.language.startsWith('en') ? 'en' : 'vi';
  const step = async (action: string) => {
    try {
      set(await api<ManagementReview>(`/management-reviews/${id}/transitions`, {
        method: 'POST', json: { version: r.version, action, ...(action === 'approve' ? { language: lang } : {}) },
      }));
      void qc.invalidateQueries({ queryKey: ['management-reviews', 'list'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const saveMinutes = async () => {
    try {
      set(await api<ManagementReview>(`/management-reviews/${id}/minutes`, {
        method: 'PATCH', json: { version: r.version, notes, conclusions },
      }));
      message.success(t('review.meeting.saved'));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{r.title}</Typography.Title>
        <Space wrap>
          {(STEPS[r.status] ?? []).filter((s) => can(s.permission)).map((s) => (
            <Button key={s.action} type={s.action === 'approve' || s.action === 'open' ? 'primary' : 'default'}
              onClick={() => void step(s.action)}>{t(`review.steps.${s.action}`)}</Button>
          ))}
          {r.inputs && (
            <Button icon={<FilePdfOutlined />} href={`/api/v1/management-reviews/${id}/minutes?lang=${lang}`}
              download={`management-review-${id}.pdf`}>{t('review.meeting.minutes')}</Button>
          )}
        </Space>
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('review.list.unit')}><UnitName id={r.unit_id} /></Descriptions.Item>
        <Descriptions.Item label={t('review.list.status')}><Tag>{t(`review.statuses.${r.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('review.meeting.period')}>
          {dayjs(r.period_from).format('DD/MM/YYYY')} – {dayjs(r.period_to).format('DD/MM/YYYY')}
        </Descriptions.Item>
        <Descriptions.Item label={t('review.list.plannedOn')}>{dayjs(r.planned_on).format('DD/MM/YYYY')}</Descriptions.Item>
        <Descriptions.Item label={t('review.list.participants')} span={2}>
          <Space wrap>{r.participants.map((p) => (
            <Tag key={p.user_id}><UserName id={p.user_id} />{p.top_management ? ` (${t('review.meeting.topManagement')})` : ''}</Tag>
          ))}</Space>
        </Descriptions.Item>
        {r.record_id && (
          <Descriptions.Item label={t('review.meeting.record')} span={2}>
            <Link to={`/records/${r.record_id}`}>#{r.record_id}</Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Card title={t('review.meeting.inputs')} size="small">
        <Alert type={r.inputs ? 'success' : 'info'} showIcon style={{ marginBottom: 12 }}
          message={r.inputs ? t('review.meeting.frozen') : t('review.meeting.preview')} />
        {preview.error && <Alert type="error" showIcon message={errorText(preview.error)} />}
        <Collapse data-testid="review-inputs" items={inputs.map((input) => ({
          key: input.key,
          label: (
            <Space>
              <span>{t(`review.inputs.${input.key}`)}</span>
              {input.available
                ? <Tag data-testid={`count-${input.key}`}>{t('review.meeting.count')}: {input.count}</Tag>
                : <Tag>{t('review.meeting.noModule')}</Tag>}
            </Space>
          ),
          children: <InputPanel input={input} note={notes[input.key] ?? ''} editable={editable}
            onNote={(text) => setNotes({ ...notes, [input.key]: text })} />,
        }))} />
      </Card>
      <Card title={t('review.meeting.conclusions')} size="small">
        <Input.TextArea aria-label={t('review.meeting.conclusions')} rows={3} maxLength={20000} value={conclusions}
          disabled={!editable} onChange={(e) => setConclusions(e.target.value)} />
        {editable && <Button style={{ marginTop: 8 }} onClick={() => void saveMinutes()}>{t('review.meeting.saveNotes')}</Button>}
      </Card>
      <Card title={t('review.meeting.outputs')} size="small">
        {r.outputs.length === 0 ? <Empty description={t('review.meeting.noOutputs')} /> : (
          <List size="small" data-testid="review-outputs" dataSource={r.outputs} renderItem={(o) => (
            <List.Item>
              <Tag>{t(`review.kinds.${o.kind}`)}</Tag>{o.decision}{' → '}
              <Link to={o.raised.type === 'action' ? `/actions?source_type=management_review&source_id=${r.id}` : `/improvements/${o.raised.id}`}>
                {o.raised.type === 'action' ? t('review.meeting.raisedAction', { id: o.raised.id }) : t('review.meeting.raisedImprovement', { id: o.raised.id })}
              </Link>
            </List.Item>
          )} />
        )}
        {editable && <OutputForm review={r} onSaved={set} />}
      </Card>
    </Space>
  );
}
