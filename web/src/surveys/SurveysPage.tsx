import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, InputNumber, Input, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { UnitName, UnitSelect, UnitsSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { AUDIENCES, MODES, type Questionnaire, type Survey } from './types';

interface Values {
  title: string; unit_id: number; questionnaire: string; audience: string; mode: string; opens_on: Dayjs; closes_on: Dayjs;
  min_group?: number; link_units?: number[]; expected?: number;
}

function CreateModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const questionnaires = useQuery({ queryKey: ['questionnaires'], queryFn: () => api<Page<Questionnaire>>('/questionnaires', { query: { limit: 200 } }) });
  const en = i18n.language === 'en';
  const published = (questionnaires.data?.items ?? []).flatMap((q) => q.versions.filter((v) => v.status === 'published')
    .map((v) => ({ value: `${q.id}:${v.number}`, label: `${en ? q.title.en : q.title.vi} — v${v.number}` })));
  const send = async (v: Values) => {
    const [questionnaireId, number] = v.questionnaire.split(':').map(Number);
    const links = v.mode === 'anonymous' ? (v.link_units?.length ? v.link_units : [v.unit_id]).map((u) => ({ unit_id: u, expected: v.expected ?? 0 })) : undefined;
    const made = await api<Survey>('/surveys', {
      method: 'POST',
      json: {
        title: v.title, unit_id: v.unit_id, questionnaire_id: questionnaireId, questionnaire_version: number, audience: v.audience,
        mode: v.mode, opens_on: v.opens_on.format('YYYY-MM-DD'), closes_on: v.closes_on.format('YYYY-MM-DD'),
        ...(v.min_group ? { min_group: v.min_group } : {}), ...(links ? { links } : {}),
      },
    });
    await qc.invalidateQueries({ queryKey: ['surveys'] });
    navigate(`/surveys/${made.id}`);
  };
  const k = (key: string) => t(`surveys.surveys.${key}`);
  return (
    <FormModal title={k('create')} send={send} onClose={onClose} initialValues={{ mode: 'anonymous', min_group: 5 }}
      fields={['title', 'unit_id', 'questionnaire', 'audience', 'mode', 'opens_on', 'closes_on', 'min_group', 'links', 'expected']}>
      <Form.Item name="title" label={k('name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={300} /></Form.Item>
      <Form.Item name="questionnaire" label={k('questionnaire')} rules={[{ required: true }]}><FormSelect options={published} /></Form.Item>
      <Form.Item name="unit_id" label={k('unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="audience" label={k('audience')} rules={[{ required: true }]}>
        <FormSelect options={AUDIENCES.map((a) => ({ value: a, label: t(`surveys.surveys.audiences.${a}`) }))} />
      </Form.Item>
      <Form.Item name="mode" label={k('mode')} rules={[{ required: true }]}>
        <FormSelect options={MODES.map((m) => ({ value: m, label: t(`surveys.surveys.modes.${m}`) }))} />
      </Form.Item>
      <Form.Item name="opens_on" label={k('opensOn')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="closes_on" label={k('closesOn')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item>
      <Form.Item noStyle dependencies={['mode']}>
        {({ getFieldValue }) => getFieldValue('mode') === 'anonymous' && (
          <>
            <Form.Item name="link_units" label={k('links')}><UnitsSelect /></Form.Item>
            <Form.Item name="expected" label={k('expected')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item>
          </>
        )}
      </Form.Item>
      <Form.Item name="min_group" label={k('minGroup')}><InputNumber min={3} max={100} style={{ width: '100%' }} /></Form.Item>
    </FormModal>
  );
}

export default function SurveysPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ['surveys'], queryFn: () => api<Page<Survey>>('/surveys', { query: { limit: 200 } }) });
  const k = (key: string) => t(`surveys.surveys.${key}`);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{k('title')}</Typography.Title>
        {can('manage_surveys') && <Button type="primary" onClick={() => setCreating(true)}>{k('create')}</Button>}
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ margin: '12px 0' }} />}
      <Table<Survey> style={{ marginTop: 16 }} rowKey="id" size="small" loading={list.isLoading} pagination={false} scroll={{ x: 640 }}
        dataSource={[...(list.data?.items ?? [])].reverse()} locale={{ emptyText: <Empty description={k('empty')} /> }}
        columns={[
          { title: k('name'), dataIndex: 'title', render: (v: string, s) => <Link to={`/surveys/${s.id}`}>{v}</Link> },
          { title: k('unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: k('audience'), dataIndex: 'audience', render: (v: string) => t(`surveys.surveys.audiences.${v}`), responsive: ['md'] },
          { title: `${k('opensOn')} – ${k('closesOn')}`, key: 'period', render: (_, s) => `${s.opens_on} – ${s.closes_on}` },
          { title: k('status'), dataIndex: 'status', render: (v: string) => <Tag color={v === 'open' ? 'green' : v === 'closed' ? 'default' : 'gold'}>{t(`surveys.surveys.statuses.${v}`)}</Tag> },
        ]} />
      {creating && <CreateModal onClose={() => setCreating(false)} />}
    </>
  );
}
