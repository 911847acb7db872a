import { useState } from 'react';
import { Alert, Button, Empty, Form, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { AUDIENCES, type LibraryEntry, type Questionnaire } from './types';

function FromLibraryModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const library = useQuery({ queryKey: ['questionnaire-library'], queryFn: () => api<{ items: LibraryEntry[] }>('/questionnaire-library') });
  const en = i18n.language === 'en';
  const send = async (v: { unit_id: number; library_code: string; audience: string }) => {
    const made = await api<Questionnaire>('/questionnaires', { method: 'POST', json: v });
    await qc.invalidateQueries({ queryKey: ['questionnaires'] });
    navigate(`/questionnaires/${made.id}`);
  };
  const k = (key: string) => t(`surveys.questionnaires.${key}`);
  return (
    <FormModal title={k('fromLibrary')} send={send} onClose={onClose} fields={['unit_id', 'library_code', 'audience']}>
      <Form.Item name="unit_id" label={k('unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="library_code" label={k('library')} rules={[{ required: true }]}>
        <FormSelect options={(library.data?.items ?? []).map((e) => ({ value: e.code, label: en ? e.title.en : e.title.vi }))} />
      </Form.Item>
      <Form.Item name="audience" label={k('audience')} rules={[{ required: true }]}>
        <FormSelect options={AUDIENCES.map((a) => ({ value: a, label: t(`surveys.surveys.audiences.${a}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

export default function QuestionnairesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['questionnaires'], queryFn: () => api<Page<Questionnaire>>('/questionnaires', { query: { limit: 200 } }) });
  const k = (key: string) => t(`surveys.questionnaires.${key}`);
  const en = i18n.language === 'en';
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{k('title')}</Typography.Title>
        {can('manage_surveys') && <Button type="primary" onClick={() => setCreating(true)}>{k('fromLibrary')}</Button>}
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ margin: '12px 0' }} />}
      <Table<Questionnaire> style={{ marginTop: 16 }} rowKey="id" size="small" loading={list.isLoading} pagination={false}
        dataSource={list.data?.items ?? []} locale={{ emptyText: <Empty description={k('empty')} /> }} scroll={{ x: 600 }}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: k('title'), key: 'title', render: (_, q) => <Link to={`/questionnaires/${q.id}`}>{en ? q.title.en : q.title.vi}</Link> },
          { title: k('unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: k('audience'), dataIndex: 'audience', render: (v: string) => t(`surveys.surveys.audiences.${v}`) },
          { title: k('versions'), key: 'versions', render: (_, q) => q.versions.map((v) => `${v.number} (${t(`surveys.editor.${v.status}`)})`).join(', ') },
        ]} />
      {creating && <FromLibraryModal onClose={() => setCreating(false)} />}
    </>
  );
}
