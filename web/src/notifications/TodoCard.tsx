import { Card, List, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { formatDate } from '../format';
import { grouped, type TaskList } from './types';

/** The home page's "to do" panel: every task the modules hold for the user, by due date, each linking to its record. */
export function TodoCard() {
  const { t } = useTranslation();
  const tasks = useQuery({ queryKey: ['notifications'], queryFn: () => api<TaskList>('/notifications') });
  const groups = tasks.data ? grouped(tasks.data) : [];
  return (
    <Card data-testid="todo-card" title={t('notifications.todo')}
      extra={tasks.data && (
        <span>
          <Statistic value={tasks.data.count} valueStyle={{ fontSize: 16 }} style={{ display: 'inline-block' }} />
          {tasks.data.overdue > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{t('notifications.overdueCount', { count: tasks.data.overdue })}</Tag>}
        </span>
      )}>
      {(tasks.isLoading || tasks.error || groups.length === 0) && (
        <List loading={tasks.isLoading} dataSource={[]}
          locale={{ emptyText: tasks.error ? errorText(tasks.error) : t('notifications.empty') }} />
      )}
      {groups.map(({ group, items }) => (
        <div key={group} data-testid={`todo-${group}`}>
          <Typography.Text strong type={group === 'overdue' ? 'danger' : undefined}>{t(`notifications.${group}`)}</Typography.Text>
          <List
            size="small"
            dataSource={items}
            renderItem={(task) => (
              <List.Item data-testid="todo-item">
                <span>
                  <Tag>{t(`notifications.kinds.${task.kind}`)}</Tag>
                  <Link to={task.link}>{task.title}</Link>
                </span>
                {task.due && (
                  <span>
                    {task.overdue && <Tag color="red">{t('notifications.overdue')}</Tag>}
                    {formatDate(task.due)}
                  </span>
                )}
              </List.Item>
            )}
          />
        </div>
      ))}
    </Card>
  );
}
