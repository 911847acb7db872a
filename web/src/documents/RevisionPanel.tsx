import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal, useApiForm } from '../components/FormModal';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { ControlledDocument, Decision, Revision, RevisionAction } from '../api/types';
import { UserName, UserSelect, UsersSelect } from '../components/RemoteSelect';
import { RevisionStatusTag } from '../components/DocumentLabels';
import { useSession } from '../session';
import { DEFAULT_TZ, formatDate, formatDateTime } from '../format';
import { actionsFor, endorsedBy } from './workflow';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { ControlledCopyLink } from './ControlledCopyLink';
import { monoFont } from '../theme';

const DRAFT_FIELDS = ['change_description', 'content_markdown', 'reviewer_ids', 'approver_id'];

interface DraftValues {
  change_description: string;
  content_markdown: string;
  reviewer_ids: number[];
  approver_id?: number;
}

/** One revision: who takes part, its content (editable while a draft), its decisions and the user's next steps. */
export function RevisionPanel({ document: d, revisionId, manager }: { document: ControlledDocument; revisionId: number; manager: boolean }) {
  const { t } = useTranslation();
  const { user, timeZone } = useSession();
  const qc = useQueryClient();
  const [deciding, setDeciding] = useState<RevisionAction | null>(null);
  const key = ['documents', 'revision', d.id, revisionId];
  const q = useQuery({ queryKey: key, queryFn: () => api<Revision>(`/documents/${d.id}/revisions/${revisionId}`) });
  const changed = (r?: Revision) => {
    if (r) qc.setQueryData(key, r);
    void qc.invalidateQueries({ queryKey: ['documents'] });
  };

  if (q.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!q.data) return <Alert type="error" showIcon message={errorText(q.error)} />;
  const rev = q.data;
  const actions = user ? actionsFor(rev, user.id, manager) : [];
  const editable = rev.status === 'draft' && (rev.author_id === user?.id || manager);
  const endorsed = endorsedBy(rev);

  return (
    <section aria-label={t('documents.revisionTitle', { number: rev.number })} data-testid="revision" style={{ marginTop: 16 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('documents.revisionTitle', { number: rev.number })} <RevisionStatusTag status={rev.status} />
      </Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('documents.changeDescription')}>{rev.change_description}</Descriptions.Item>
        <Descriptions.Item label={t('documents.author')}><UserName id={rev.author_id} /></Descriptions.Item>
        <Descriptions.Item label={t('documents.reviewers')}>
          <span data-testid="reviewers">
            {rev.reviewer_ids.length === 0 ? '—' : rev.reviewer_ids.map((id) => (
              <Tag key={id} color={endorsed.has(id) ? 'green' : undefined}>
                <UserName id={id} /> · {endorsed.has(id) ? t('documents.endorsed') : t('documents.notEndorsed')}
              </Tag>
            ))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('documents.approver')}><UserName id={rev.approver_id} /></Descriptions.Item>
        <Descriptions.Item label={t('documents.effectiveOn')}>{formatDate(rev.effective_on)}</Descriptions.Item>
      </Descriptions>
      {rev.published_at && rev.id !== d.current_revision_id && <ControlledCopyLink document={d} revision={rev} style={{ marginTop: 8 }} />}

      {editable ? (
        <DraftEditor document={d} revision={rev} submittable={actions.includes('submit')} onChanged={changed} />
      ) : (
        // Safe: server-rendered Markdown, see the published content on the document page.
        <div className="doc-content" data-testid="revision-content" style={{ marginTop: 12 }} dangerouslySetInnerHTML={{ __html: rev.content_html }} />
      )}

      <AttachmentsCard
        path={`/documents/${d.id}/revisions/${rev.id}/attachments`}
        mayUpload={editable}
        mayRemove={editable}
        onChanged={() => changed()}
        style={{ marginTop: 12 }}
      />

      {actions.some((a) => a !== 'submit') && (
        <Space wrap style={{ marginTop: 12 }}>
          {actions.filter((a) => a !== 'submit').map((a) => (
            <Button key={a} danger={a === 'abandon' || a === 'withdraw'} type={a === 'approve' || a === 'publish' || a === 'endorse' ? 'primary' : 'default'} onClick={() => setDeciding(a)}>
              {t(`documents.workflow.${a}`)}
            </Button>
          ))}
        </Space>
      )}

      <Typography.Title level={2} style={{ fontSize: 15, marginTop: 16 }}>{t('documents.decisions')}</Typography.Title>
      <Table<Decision>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="decisions"
        dataSource={rev.decisions}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('documents.noDecisions') }}
        columns={[
          { title: t('documents.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, timeZone), width: 140 },
          { title: t('documents.by'), dataIndex: 'user_id', render: (v: number) => <UserName id={v} /> },
          { title: t('documents.decision'), dataIndex: 'action', render: (v: RevisionAction) => t(`documents.workflow.${v}`) },
          { title: t('documents.comment'), dataIndex: 'comment' },
          {
            title: t('documents.contentHash'),
            dataIndex: 'content_hash',
            responsive: ['md'],
            render: (v: string) => <Typography.Text code title={v}>{v.slice(0, 12)}</Typography.Text>,
          },
        ]}
      />
      {deciding && (
        <DecisionModal
          document={d}
          revision={rev}
          action={deciding}
          onClose={() => setDeciding(null)}
          onDone={(r) => { setDeciding(null); changed(r); }}
        />
      )}
    </section>
  );
}

/** The right a reviewer needs on the document's unit: a restricted document is read only by its managers. */
const reviewRight = (d: ControlledDocument) => (d.confidentiality === 'restricted' ? 'manage_documents' : 'review_documents');

/** The draft's fields; "submit for review" saves them first, so the server judges what is on the screen. */
function DraftEditor({
  document: d, revision: rev, submittable, onChanged,
}: { document: ControlledDocument; revision: Revision; submittable: boolean; onChanged: (r?: Revision) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const send = async ({ values: v, andSubmit }: { values: DraftValues; andSubmit: boolean }) => {
    let r = await api<Revision>(`/documents/${d.id}/revisions/${rev.id}`, {
      method: 'PATCH',
      json: { version: rev.version, ...v, approver_id: v.approver_id ?? null },
    });
    if (andSubmit) {
      onChanged(r);
      r = await api<Revision>(`/documents/${d.id}/revisions/${rev.id}/decisions`, {
        method: 'POST',
        json: { version: r.version, action: 'submit' },
      });
      message.success(t('documents.recorded', { action: t('documents.workflow.submit') }));
    } else {
      message.success(t('documents.draftSaved'));
    }
    onChanged(r);
  };
  const { form, error, busy, submit } = useApiForm(DRAFT_FIELDS, send, () => onChanged());
  const run = async (andSubmit: boolean) => {
    const values = (await form.validateFields().catch(() => null)) as DraftValues | null;
    if (values) await submit({ values, andSubmit });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      style={{ marginTop: 12 }}
      initialValues={{
        change_description: rev.change_description, content_markdown: rev.content_markdown,
        reviewer_ids: rev.reviewer_ids, approver_id: rev.approver_id ?? undefined,
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form.Item name="change_description" label={t('documents.changeDescription')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Tabs
        items={[
          {
            key: 'write',
            label: t('documents.write'),
            children: (
              <Form.Item name="content_markdown" label={t('documents.contentMarkdown')}>
                <Input.TextArea rows={14} maxLength={500_000} style={{ fontFamily: monoFont }} />
              </Form.Item>
            ),
          },
          {
            key: 'preview',
            label: t('documents.preview'),
            // Safe: server-rendered Markdown of the saved draft.
            children: <div className="doc-content" data-testid="draft-preview" dangerouslySetInnerHTML={{ __html: rev.content_html }} />,
          },
        ]}
      />
      <Form.Item name="reviewer_ids" label={t('documents.reviewers')} extra={t('documents.reviewersHelp')}>
        <UsersSelect can={reviewRight(d)} unitId={d.unit_id} exclude={[rev.author_id]} />
      </Form.Item>
      <Form.Item name="approver_id" label={t('documents.approver')} extra={t('documents.approverHelp')}>
        <UserSelect allowClear can="manage_documents" unitId={d.unit_id} exclude={[rev.author_id]} />
      </Form.Item>
      <Space wrap>
        <Button onClick={() => void run(false)} loading={busy}>{t('documents.saveDraft')}</Button>
        {submittable && <Button type="primary" onClick={() => void run(true)} loading={busy}>{t('documents.workflow.submit')}</Button>}
      </Space>
    </Form>
  );
}

/** Today in Vietnam, the calendar the server checks effective dates against. */
const today = () => dayjs(dayjs().tz(DEFAULT_TZ).format('YYYY-MM-DD'));

function DecisionModal({
  document: d, revision: rev, action, onClose, onDone,
}: { document: ControlledDocument; revision: Revision; action: RevisionAction; onClose: () => void; onDone: (r?: Revision) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const needsComment = action === 'request_changes' || action === 'withdraw';
  const label = t(`documents.workflow.${action}`);

  const send = async (v: { comment?: string; effective_on?: Dayjs }) => {
    const r = await api<Revision>(`/documents/${d.id}/revisions/${rev.id}/decisions`, {
      method: 'POST',
      json: {
        version: rev.version, action, comment: v.comment ?? '',
        ...(action === 'publish' && v.effective_on ? { effective_on: v.effective_on.format('YYYY-MM-DD') } : {}),
      },
    });
    message.success(t('documents.recorded', { action: label }));
    onDone(r);
  };

  return (
    <FormModal
      title={`${label}: ${d.code} — ${t('documents.revisionTitle', { number: rev.number })}`}
      fields={['comment', 'effective_on']}
      send={send}
      onClose={onClose}
      onStale={() => onDone()}
      okText={label}
      initialValues={action === 'publish' ? { effective_on: today() } : {}}
    >
      {action === 'publish' && (
        <Form.Item name="effective_on" label={t('documents.effectiveOn')} rules={[{ required: true, message: t('documents.effectiveOnRequired') }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('documents.comment')} rules={[{ required: needsComment, whitespace: true, message: t('documents.commentRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
