import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemItem } from '../api/client';
import type { ImportRow } from '../api/types';

/** The per-row errors of a refused CSV import. */
export function RowErrorTable({ errors }: { errors: ProblemItem[] }) {
  const { t } = useTranslation();
  const rows = errors.map((e, i) => ({ key: i, row: e.row ?? '', field: e.field ?? '', detail: e.detail }));
  rows.sort((a, b) => Number(a.row) - Number(b.row));
  return (
    <Table
      size="small"
      pagination={false}
      data-testid="row-errors"
      caption={t('csv.report')}
      dataSource={rows}
      columns={[
        { title: t('csv.row'), dataIndex: 'row', width: 80 },
        { title: t('csv.field'), dataIndex: 'field', width: 140 },
        { title: t('csv.problem'), dataIndex: 'detail' },
      ]}
    />
  );
}

/** The rows created by a successful CSV import. */
export function ImportedRowsTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      data-testid="row-imported"
      caption={t('csv.report')}
      rowKey="row"
      dataSource={rows}
      columns={[
        { title: t('csv.row'), dataIndex: 'row', width: 80 },
        { title: t('csv.key'), render: (_, r) => r.code ?? r.email },
        { title: t('csv.id'), dataIndex: 'id', width: 100 },
      ]}
    />
  );
}
