import { Card, List, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/problem';
import { formatDate } from '../format';
import { useToRead } from './reading';

/** The home page's card: how many documents the user has to read, and the first of them. */
export function ReadingListCard() {
  const { t } = useTranslation();
  const toRead = useToRead();
  const items = toRead.data ?? [];
  return (
    <Card>
      <Link to="/reading-list" data-testid="to-read-count">
        <Statistic title={t('distribution.readingList')} value={toRead.data ? items.length : '…'} />
      </Link>
      <List
        size="small"
        loading={toRead.isLoading}
        locale={{ emptyText: toRead.error ? errorText(toRead.error) : t('distribution.readingEmpty') }}
        dataSource={items.slice(0, 10)}
        renderItem={(d) => (
          <List.Item>
            <Link to={`/documents/${d.id}`}>{d.code} — {d.title}</Link>
            <span>{formatDate(d.effective_on)}</span>
          </List.Item>
        )}
      />
    </Card>
  );
}
