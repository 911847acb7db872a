import { useState } from 'react';
import { Alert, App, Button, Card, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { ControlledDocument } from '../api/types';
import { useSession } from '../session';
import { formatDateTime } from '../format';
import { READING_KEY, useToRead } from './reading';

/**
 * On a document the user has been sent and has not read yet: read the revision in force (shown beside it), then
 * acknowledge it, once. Nothing for a document that is not on the user's list of documents to read.
 */
export function AcknowledgeCard({ document: d, revisionNumber, style }: {
  document: ControlledDocument; revisionNumber?: number; style?: React.CSSProperties;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useSession();
  const qc = useQueryClient();
  const toRead = useToRead(d.current_revision_id !== null);
  const [at, setAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = toRead.data?.some((x) => x.id === d.id && x.current_revision_id === d.current_revision_id);
  if (!pending && !at) return null;

  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ acknowledged_at: string }>(`/documents/${d.id}/acknowledgements`, {
        method: 'POST', json: { revision_id: d.current_revision_id },
      });
      setAt(r.acknowledged_at);
      message.success(t('distribution.acknowledgedNow'));
      void qc.invalidateQueries({ queryKey: READING_KEY });
      void qc.invalidateQueries({ queryKey: ['documents', 'distribution', d.id] });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('distribution.acknowledgeTitle')} data-testid="acknowledge" style={{ borderColor: '#1677ff', ...style }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
      {at ? (
        <Typography.Text type="success">{t('distribution.acknowledgedOn', { at: formatDateTime(at, timeZone) })}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph>{t('distribution.acknowledgeHelp', { number: revisionNumber ?? '…' })}</Typography.Paragraph>
          <Button type="primary" loading={busy} onClick={() => void acknowledge()}>{t('distribution.acknowledge')}</Button>
        </>
      )}
    </Card>
  );
}
