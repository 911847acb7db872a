import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Progress, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import { errorText } from '../api/problem';
import { UserName } from '../components/RemoteSelect';
import { useSession } from '../session';
import { formatDateTime } from '../format';
import { fileSize } from './format';
import { uploadFile } from './upload';
import type { Attachment } from './types';

interface Props {
  /** The collection, e.g. `/records/5/attachments` or `/documents/3/revisions/7/attachments`. */
  path: string;
  title?: string;
  mayUpload: boolean;
  /** Attachments of a draft revision can be removed; a record's evidence is kept. */
  mayRemove?: boolean;
  /** The question before removing a file (by default, about a draft revision). */
  removeConfirm?: (name: string) => string;
  /** After a file was added or removed (a revision's content hash and version change with its files). */
  onChanged?: () => void;
  style?: React.CSSProperties;
}

interface Sending { name: string; percent: number }

/**
 * The files attached to a revision, a record or a checklist line: name (download), type read from the bytes, size,
 * SHA-256; upload.
 */
export function AttachmentsCard({ path, title, mayUpload, mayRemove = false, removeConfirm, onChanged, style }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useSession();
  const qc = useQueryClient();
  const files = useQuery({ queryKey: ['attachments', path], queryFn: () => api<{ items: Attachment[] }>(path) });
  const [sending, setSending] = useState<Sending | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File) => {
    setError(null);
    setSending({ name: file.name, percent: 0 });
    try {
      await uploadFile(path, file, { language: i18n.language, onProgress: (percent) => setSending({ name: file.name, percent }) });
      message.success(t('attachments.uploaded', { name: file.name }));
      onChanged?.();
    } catch (e) {
      const dropped = e instanceof ApiError && e.status === 0;
      setError(`${file.name}: ${dropped ? t('attachments.dropped') : errorText(e)}`);
    } finally {
      setSending(null);
      void qc.invalidateQueries({ queryKey: ['attachments', path] });
    }
  };
  const remove = async (a: Attachment) => {
    try {
      await api(`${path}/${a.id}`, { method: 'DELETE' });
      message.success(t('attachments.removed', { name: a.file_name }));
      onChanged?.();
    } catch (e) {
      message.error(errorText(e));
    }
    void qc.invalidateQueries({ queryKey: ['attachments', path] });
  };

  return (
    <Card
      size="small"
      title={title ?? t('attachments.title')}
      style={style}
      data-testid="attachments"
      extra={mayUpload && (
        <Upload
          showUploadList={false}
          multiple={false}
          disabled={!!sending}
          beforeUpload={(file) => { void send(file); return false; }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={!!sending}>{t('attachments.upload')}</Button>
        </Upload>
      )}
    >
      {mayUpload && <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('attachments.help')}</Typography.Paragraph>}
      {sending && (
        <div data-testid="upload-progress" style={{ marginBottom: 8 }}>
          <Typography.Text>{t('attachments.sending', { name: sending.name })}</Typography.Text>
          <Progress percent={sending.percent} size="small" aria-label={t('attachments.sending', { name: sending.name })} />
        </div>
      )}
      {error && <Alert type="error" showIcon closable message={error} onClose={() => setError(null)} style={{ marginBottom: 8 }} />}
      {files.error && <Alert type="error" showIcon message={errorText(files.error)} />}
      <Table<Attachment>
        rowKey="id"
        size="small"
        pagination={false}
        loading={files.isLoading}
        dataSource={files.data?.items ?? []}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('attachments.none') }}
        columns={[
          {
            title: t('attachments.fileName'),
            dataIndex: 'file_name',
            render: (name: string, a) => <a href={`/api/v1${path}/${a.id}/content`} download={name}>{name}</a>,
          },
          { title: t('attachments.type'), dataIndex: 'media_type', responsive: ['md'] },
          { title: t('attachments.size'), dataIndex: 'size', width: 90, render: (n: number) => fileSize(n, i18n.language) },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            render: (h: string) => (
              <Typography.Text code copyable={{ text: h, tooltips: [t('attachments.copy'), t('attachments.copied')] }} title={h}>
                {h.slice(0, 12)}…
              </Typography.Text>
            ),
          },
          {
            title: t('attachments.uploadedAt'),
            dataIndex: 'uploaded_at',
            responsive: ['lg'],
            render: (at: string, a) => <>{formatDateTime(at, timeZone)} · <UserName id={a.uploaded_by} /></>,
          },
          ...(mayRemove ? [{
            title: t('common.actions'),
            key: 'remove',
            render: (_: unknown, a: Attachment) => (
              <Popconfirm title={removeConfirm ? removeConfirm(a.file_name) : t('attachments.removeConfirm', { name: a.file_name })}
                onConfirm={() => void remove(a)}
                okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button size="small" danger>{t('attachments.remove')}</Button>
              </Popconfirm>
            ),
          }] : []),
        ]}
      />
    </Card>
  );
}
