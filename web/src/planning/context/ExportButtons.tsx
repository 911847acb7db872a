import { Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { download, toCsv, toXlsx, type Cell } from './exportTable';

/** CSV and XLSX downloads of the rows a register screen shows, named `name`.csv / .xlsx. */
export function ExportButtons({ name, header, rows }: { name: string; header: string[]; rows: () => Cell[][] }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button icon={<DownloadOutlined />} onClick={() => download(`${name}.csv`, toCsv(header, rows()), 'text/csv;charset=utf-8')}>
        {t('planningContext.export.csv')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => download(`${name}.xlsx`, toXlsx(name, header, rows()),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}
      >
        {t('planningContext.export.xlsx')}
      </Button>
    </Space>
  );
}
