import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText, isStale } from '../api/problem';
import type { Unit } from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { ClauseTags } from '../documents/Clauses';
import { RecordFormModal } from '../records/RecordFormModal';
import { DisposeModal, HoldModal, liftHold } from '../records/RecordDecisions';
import { RecordStateTag } from '../records/labels';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import type { RetainedRecord } from '../records/types';
import { useSession } from '../session';
import { formatDate, formatDateTime } from '../format';

type Dialog = 'edit' | 'hold' | 'dispose' | null;

export default function RecordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, user, timeZone } = useSession();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [dialog, setDialog] = useState<Dialog>(null);

  const record = useQuery({ queryKey: ['records', 'one', id], queryFn: () => api<RetainedRecord>(`/records/${id}`) });
  const r = record.data;
  const unit = useQuery({
    queryKey: ['unit', r?.unit_id],
    queryFn: () => api<Unit>(`/units/${r!.unit_id}`),
    enabled: !!r,
    staleTime: 60_000,
  });

  if (record.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!r) return <Alert type="error" showIcon message={errorText(record.error)} />;

  const manager = !!unit.data && can('manage_documents', unit.data.path);
  const kept = !r.disposed_at;
  const mayEdit = kept && (manager || (!!user && r.owner_id === user.id));
  const saved = (next: RetainedRecord) => {
    qc.setQueryData(['records', 'one', id], next);
    setDialog(null);
  };
  const lift = async () => {
    try {
      saved(await liftHold(r));
      message.success(t('records.hold.lifted'));
      void qc.invalidateQueries({ queryKey: ['records', 'list'] });
    } catch (e) {
      if (isStale(e)) void qc.invalidateQueries({ queryKey: ['records', 'one', id] });
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Link to="/records">← {t('records.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 12px' }}>
        {r.title} <RecordStateTag record={r} />
      </Typography.Title>
      {kept && (mayEdit || manager) && (
        // Above the cards rather than in a card's header, where on a phone they would squeeze its title away.
        <Space wrap size="small" style={{ marginBottom: 16 }}>
          {mayEdit && <Button onClick={() => setDialog('edit')}>{t('records.edit')}</Button>}
          {manager && !r.legal_hold && <Button onClick={() => setDialog('hold')}>{t('records.hold.place')}</Button>}
          {manager && r.legal_hold && (
            <Popconfirm title={t('records.hold.liftConfirm')} onConfirm={() => void lift()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
              <Button>{t('records.hold.lift')}</Button>
            </Popconfirm>
          )}
          {manager && <Button danger onClick={() => setDialog('dispose')}>{t('records.disposal.dispose')}</Button>}
        </Space>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('records.detail')}>
            <Descriptions column={1} size="small" bordered data-testid="record-detail">
              <Descriptions.Item label={t('records.category')}>{t(`records.categories.${r.category}`)}</Descriptions.Item>
              <Descriptions.Item label={t('records.unit')}><UnitName id={r.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('records.owner')}><UserName id={r.owner_id} /></Descriptions.Item>
              <Descriptions.Item label={t('records.recordedOn')}>{formatDate(r.recorded_on)}</Descriptions.Item>
              <Descriptions.Item label={t('records.retentionMonths')}>{r.retention_months}</Descriptions.Item>
              <Descriptions.Item label={t('records.retainUntil')}>{formatDate(r.retain_until)}</Descriptions.Item>
              <Descriptions.Item label={t('records.hold.title')}>
                {r.legal_hold ? r.legal_hold_reason : t('records.hold.none')}
              </Descriptions.Item>
              {r.disposed_at && (
                <>
                  <Descriptions.Item label={t('records.disposal.at')}>{formatDateTime(r.disposed_at, timeZone)}</Descriptions.Item>
                  <Descriptions.Item label={t('records.disposal.reason')}>{r.disposal_reason}</Descriptions.Item>
                </>
              )}
              <Descriptions.Item label={t('records.description')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{r.description || '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('records.clauses')}><ClauseTags ids={r.clause_ids} /></Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <AttachmentsCard path={`/records/${r.id}/attachments`} title={t('attachments.evidence')} mayUpload={mayEdit} />
        </Col>
      </Row>
      {dialog === 'edit' && <RecordFormModal record={r} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'hold' && <HoldModal record={r} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'dispose' && <DisposeModal record={r} onClose={() => setDialog(null)} onSaved={saved} />}
    </>
  );
}
