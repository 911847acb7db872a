import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AwarenessTotals {
  unit_id: number; unit_name: string; people: number; aware: number; not_aware: number; pending: number; not_distributed: number;
}

/** Awareness of the policy and objectives (7.3) per home unit of the matrix's subtree, with the subtree's total. */
export function AwarenessTable({ awareness }: { awareness: AwarenessTotals & { units: AwarenessTotals[] } }) {
  const { t } = useTranslation();
  const total = { ...awareness, unit_name: t('peopleEval.awareness.total', { name: awareness.unit_name }), unit_id: -1 };
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>{t('peopleEval.awareness.title')}</Typography.Title>
      <Table<AwarenessTotals>
        rowKey="unit_id" size="small" data-testid="matrix-awareness" pagination={false} scroll={{ x: 600 }}
        dataSource={[...awareness.units, total]}
        columns={[
          { title: t('people.matrix.unit'), dataIndex: 'unit_name' },
          { title: t('people.matrix.people'), dataIndex: 'people' },
          { title: t('peopleEval.awareness.aware'), dataIndex: 'aware' },
          { title: t('peopleEval.awareness.notAware'), dataIndex: 'not_aware', render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : v) },
          { title: t('people.matrix.awarenessStates.pending'), dataIndex: 'pending', responsive: ['md'] },
          { title: t('people.matrix.awarenessStates.not_distributed'), dataIndex: 'not_distributed', responsive: ['md'] },
        ]}
      />
    </>
  );
}
