import { useState } from 'react';
import { Alert, App, Button, Card, Form, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { ROLES, type ControlledDocument, type Role } from '../api/types';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { targetsBody, unitReports, unlisted, type UnitReport } from './readership';
import type { Readership } from './types';

const key = (id: number) => ['documents', 'distribution', id];

/**
 * For the document's owner and its unit's document managers: where the document is distributed (unit subtrees,
 * optionally one role) and who has read its revision in force, per unit with percentages, and who has not.
 */
export function DistributionCard({ document: d }: { document: ControlledDocument }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const readership = useQuery({ queryKey: key(d.id), queryFn: () => api<Readership>(`/documents/${d.id}/distribution`) });
  const r = readership.data;

  return (
    <Card
      size="small"
      title={t('distribution.title')}
      data-testid="distribution"
      extra={r && !d.archived_at && <Button size="small" onClick={() => setEditing(true)}>{t('distribution.edit')}</Button>}
    >
      {readership.error && <Alert type="error" showIcon message={errorText(readership.error)} />}
      {r && (
        <>
          <Typography.Text strong>{t('distribution.targets')}: </Typography.Text>
          {r.targets.length === 0 && <Typography.Text type="secondary">{t('distribution.noTargets')}</Typography.Text>}
          <span data-testid="distribution-targets">
            {r.targets.map((target) => (
              <Tag key={`${target.unit_id}/${target.role ?? ''}`} style={{ whiteSpace: 'normal', marginBottom: 4 }}>
                <UnitName id={target.unit_id} /> — {target.role ? t(`role.${target.role}`) : t('distribution.everyone')}
              </Tag>
            ))}
          </span>
          {r.targets.length > 0 && r.revision_id === null && (
            <Alert type="info" showIcon message={t('distribution.notPublished')} style={{ marginTop: 8 }} />
          )}
          {r.targets.length > 0 && r.revision_id !== null && <ReadershipReport readership={r} />}
        </>
      )}
      {editing && r && <DistributeModal document={d} readership={r} onClose={() => setEditing(false)} />}
    </Card>
  );
}

function ReadershipReport({ readership: r }: { readership: Readership }) {
  const { t } = useTranslation();
  const more = unlisted(r);
  return (
    <div data-testid="readership" style={{ marginTop: 12 }}>
      <Typography.Title level={2} style={{ fontSize: 15 }}>{t('distribution.readership')}</Typography.Title>
      {r.addressees === 0 ? (
        <Typography.Text type="secondary">{t('distribution.noAddressees')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph data-testid="readership-summary" style={{ marginBottom: 4 }}>
            {t('distribution.summary', { acknowledged: r.acknowledged, addressees: r.addressees, percent: r.percent })}
          </Typography.Paragraph>
          <Progress percent={r.percent} aria-label={t('distribution.percent')} style={{ maxWidth: 360 }} />
          <Table<UnitReport>
            rowKey="unit_id"
            size="small"
            pagination={false}
            dataSource={unitReports(r)}
            scroll={{ x: 560 }}
            style={{ marginTop: 8 }}
            columns={[
              { title: t('documents.unit'), dataIndex: 'unit_name' },
              { title: t('distribution.addressees'), dataIndex: 'addressees', width: 90 },
              { title: t('distribution.acknowledged'), dataIndex: 'acknowledged', width: 80 },
              {
                title: t('distribution.percent'), dataIndex: 'percent', width: 140,
                render: (p: number, u) => <Progress percent={p} size="small" aria-label={`${t('distribution.percent')} ${u.unit_name}`} />,
              },
              {
                title: t('distribution.notRead'), key: 'pending',
                render: (_: unknown, u) => u.pending.map((p) => p.full_name).join(', ') || '—',
              },
            ]}
          />
          {r.acknowledged === r.addressees && <Typography.Text type="success">{t('distribution.everyoneRead')}</Typography.Text>}
          {more > 0 && <Typography.Text type="secondary">{t('distribution.unlisted', { count: more })}</Typography.Text>}
        </>
      )}
    </div>
  );
}

interface TargetRow { unit_id?: number; role?: Role }

function DistributeModal({ document: d, readership, onClose }: { document: ControlledDocument; readership: Readership; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const initial: TargetRow[] = readership.targets.map((x) => ({ unit_id: x.unit_id, role: x.role ?? undefined }));
  const send = async (v: { targets?: TargetRow[] }) => {
    const saved = await api<Readership>(`/documents/${d.id}/distribution`, { method: 'PUT', json: { targets: targetsBody(v.targets ?? []) } });
    qc.setQueryData(key(d.id), saved);
    message.success(t('distribution.saved'));
    onClose();
  };
  return (
    <FormModal
      title={t('distribution.editTitle', { code: d.code })}
      fields={[]}
      send={send}
      onClose={onClose}
      initialValues={{ targets: initial.length ? initial : [{}] }}
    >
      <Typography.Paragraph type="secondary">{t('distribution.targetsHelp')}</Typography.Paragraph>
      <Form.List name="targets">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }} data-testid="distribution-target">
                <Form.Item name={[row.name, 'unit_id']} label={t('distribution.unit')} style={{ minWidth: 240 }}
                  rules={[{ required: true }]}>
                  <UnitSelect />
                </Form.Item>
                <Form.Item name={[row.name, 'role']} label={t('distribution.role')} style={{ minWidth: 200 }}>
                  <Select allowClear showSearch optionFilterProp="label" placeholder={t('distribution.everyone')} style={{ width: '100%' }}
                    options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={`${t('distribution.removeTarget')} ${i + 1}`}
                  onClick={() => remove(row.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>{t('distribution.addTarget')}</Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
