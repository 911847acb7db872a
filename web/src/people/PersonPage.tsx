import { Alert, Empty, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { UserName } from '../components/RemoteSelect';
import { useSession } from '../session';
import type { Competence, Holding, PersonCompetences } from './types';

/**
 * A person's competences (7.2): what they hold, how, since when and until when, each with its evidence files (a
 * diploma, an auditor's certificate), which those who manage competences upload and remove.
 */
export default function PersonPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const qc = useQueryClient();
  const held = useQuery({ queryKey: ['competences', 'person', id], queryFn: () => api<PersonCompetences>(`/users/${id}/competences`) });
  const catalogue = useQuery({ queryKey: ['competences', 'catalogue'], queryFn: () => api<{ items: Competence[] }>('/competences') });
  const nameOf = (code: string) => {
    const c = catalogue.data?.items.find((x) => x.code === code);
    return c ? (i18n.language === 'en' ? c.name_en : c.name_vi) : code;
  };
  // The server decides on the person's own unit; the buttons show for whoever manages competences somewhere.
  const manages = can('manage_competences');
  return (
    <>
      <Link to="/competences">{t('people.person.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('nav.person')}: <UserName id={id} />
      </Typography.Title>
      {held.error && <Alert type="error" showIcon message={errorText(held.error)} />}
      {held.data && (
        <Typography.Paragraph>
          {t('people.person.awareness')}: <Tag>{t(`people.matrix.awarenessStates.${held.data.awareness}`)}</Tag>
        </Typography.Paragraph>
      )}
      <Table<Holding>
        rowKey="id" size="small" data-testid="holdings-table" loading={held.isLoading} dataSource={held.data?.items ?? []}
        pagination={false} scroll={{ x: 700 }} locale={{ emptyText: <Empty description={t('people.person.empty')} /> }}
        expandable={{
          expandedRowRender: (h) => (
            <AttachmentsCard
              path={`/users/${id}/competences/${h.id}/attachments`} title={t('people.person.evidence')}
              mayUpload={manages} mayRemove={manages}
              removeConfirm={(name) => t('people.person.removeConfirm', { name })}
              onChanged={() => void qc.invalidateQueries({ queryKey: ['competences', 'person', id] })}
            />
          ),
        }}
        columns={[
          { title: t('people.person.competence'), dataIndex: 'competence_code', render: (c: string) => nameOf(c) },
          { title: t('people.person.method'), dataIndex: 'method', render: (m: string) => t(`people.person.methods.${m}`) },
          { title: t('people.person.grantedOn'), dataIndex: 'granted_on' },
          { title: t('people.person.expiresOn'), dataIndex: 'expires_on',
            render: (v: string | null, h) => (v ? <Tag color={h.expiring ? 'orange' : h.in_force ? 'green' : 'red'}>{v}</Tag> : null) },
          { title: t('people.person.files'), key: 'files', render: (_: unknown, h) => h.files.length },
          { title: t('people.person.note'), dataIndex: 'note', responsive: ['lg'] },
        ]}
      />
    </>
  );
}
