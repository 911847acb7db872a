import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Empty, Form, Input, List, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/client';
import { errorText } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { FormSelect } from '../../components/FormSelect';
import { UnitName, UnitSelect } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { useSession } from '../../session';
import { ExportButtons } from './ExportButtons';
import { MONITORING, type InterestedParty, type PartyClass, type PartyRequirement } from './types';

const PARTY_FIELDS = ['unit_id', 'class', 'name', 'needs', 'relevant', 'relevance_reason'];
const REQUIREMENT_FIELDS = ['text', 'adopted', 'compliance_obligation', 'obligation_reference', 'monitoring', 'monitoring_note'];

function useClasses() {
  return useQuery({ queryKey: ['party-classes'], queryFn: () => api<{ items: PartyClass[] }>('/party-classes'), staleTime: Infinity });
}

function PartyForm({ party, onClose, onSaved }: { party?: InterestedParty; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const classes = useClasses();
  return (
    <FormModal<Record<string, unknown>>
      title={t(party ? 'planningContext.parties.edit' : 'planningContext.parties.create')}
      fields={PARTY_FIELDS}
      onClose={onClose}
      initialValues={party ?? { relevant: true }}
      send={async (v) => {
        const body = { name: v.name, needs: v.needs ?? '', relevant: v.relevant ?? true, relevance_reason: v.relevance_reason ?? '' };
        if (party) await api(`/interested-parties/${party.id}`, { method: 'PATCH', json: { ...body, version: party.version } });
        else await api('/interested-parties', { method: 'POST', json: { ...body, unit_id: v.unit_id, class: v.class } });
        onSaved();
        onClose();
      }}
    >
      {!party && (
        <>
          <Form.Item name="unit_id" label={t('planningContext.parties.unit')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="class" label={t('planningContext.parties.class')} rules={[{ required: true }]}>
            <FormSelect options={(classes.data?.items ?? []).map((c) => ({
              value: c.code, label: i18n.language === 'en' ? c.name_en : c.name_vi }))} />
          </Form.Item>
        </>
      )}
      <Form.Item name="name" label={t('planningContext.parties.name')} rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="needs" label={t('planningContext.parties.needs')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      {!party?.mandatory && (
        <>
          <Form.Item name="relevant" label={t('planningContext.parties.relevant')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="relevance_reason" label={t('planningContext.parties.relevanceReason')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

function RequirementForm({ party, onClose, onSaved }: { party: InterestedParty; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<Record<string, unknown>>
      title={t('planningContext.parties.addRequirement')}
      fields={REQUIREMENT_FIELDS}
      onClose={onClose}
      initialValues={{ adopted: true, compliance_obligation: false, monitoring: 'survey' }}
      send={async (v) => {
        await api(`/interested-parties/${party.id}/requirements`, { method: 'POST', json: {
          text: v.text, adopted: v.adopted, compliance_obligation: v.compliance_obligation,
          obligation_reference: v.obligation_reference ?? '', monitoring: v.monitoring, monitoring_note: v.monitoring_note ?? '',
        } });
        onSaved();
        onClose();
      }}
    >
      <Form.Item name="text" label={t('planningContext.parties.requirement')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="adopted" valuePropName="checked"><Checkbox>{t('planningContext.parties.adopted')}</Checkbox></Form.Item>
      <Form.Item name="compliance_obligation" valuePropName="checked"><Checkbox>{t('planningContext.parties.obligation')}</Checkbox></Form.Item>
      <Form.Item name="obligation_reference" label={t('planningContext.parties.reference')} rules={[{ max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="monitoring" label={t('planningContext.parties.monitoring')} rules={[{ required: true }]}>
        <FormSelect
          options={MONITORING.map((m) => ({ value: m, label: t(`planningContext.parties.methods.${m}`) }))} />
      </Form.Item>
      <Form.Item name="monitoring_note" label={t('planningContext.parties.monitoringNote')} rules={[{ max: 2000 }]}>
        <Input maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function Requirements({ party, onClose }: { party: InterestedParty; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['interested-parties', party.id, 'requirements'],
    queryFn: () => api<{ items: PartyRequirement[] }>(`/interested-parties/${party.id}/requirements`),
  });
  return (
    <Drawer open onClose={onClose} width={560} title={`${t('planningContext.parties.requirements')}: ${party.name}`}>
      {party.needs && <Typography.Paragraph>{party.needs}</Typography.Paragraph>}
      {can('manage_planning') && <Button type="primary" onClick={() => setAdding(true)}>{t('planningContext.parties.addRequirement')}</Button>}
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <List data-testid="party-requirements" dataSource={list.data?.items ?? []} loading={list.isLoading}
        locale={{ emptyText: t('planningContext.parties.noRequirements') }}
        renderItem={(r) => (
          <List.Item>
            <Space direction="vertical" size={4}>
              <Typography.Text strong>{r.text}</Typography.Text>
              <Space wrap>
                <Tag>{t(`planningContext.parties.methods.${r.monitoring}`)}</Tag>
                {r.adopted && <Tag color="blue">{t('planningContext.parties.adopted')}</Tag>}
                {r.compliance_obligation && <Tag color="purple">{r.obligation_reference}</Tag>}
                {r.monitoring_note}
              </Space>
            </Space>
          </List.Item>
        )} />
      {adding && <RequirementForm party={party} onClose={() => setAdding(false)}
        onSaved={() => void qc.invalidateQueries({ queryKey: ['interested-parties', party.id] })} />}
    </Drawer>
  );
}

export default function PartiesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const partyClass = params.get('class') ?? undefined;
  const classes = useClasses();
  const className = (code: string) => {
    const c = classes.data?.items.find((x) => x.code === code);
    return c ? (i18n.language === 'en' ? c.name_en : c.name_vi) : code;
  };
  const [editing, setEditing] = useState<InterestedParty | 'new' | null>(null);
  const [open, setOpen] = useState<InterestedParty | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['interested-parties'] });
  const list = useInfiniteQuery({
    queryKey: ['interested-parties', 'list', within, partyClass],
    queryFn: ({ pageParam }) => api<Page<InterestedParty>>('/interested-parties', {
      query: { within, class: partyClass, limit: 100, cursor: pageParam },
    }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('planningContext.parties.title')}</Typography.Title>
        {can('manage_planning') && <Button type="primary" onClick={() => setEditing('new')}>{t('planningContext.parties.create')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0', width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <UnitSelect aria-label={t('planningContext.parties.filterUnit')} placeholder={t('planningContext.parties.unit')} allowClear
            value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
          <Select aria-label={t('planningContext.parties.filterClass')} placeholder={t('planningContext.parties.class')} allowClear
            value={partyClass} onChange={(v) => setParam('class', v)} style={{ width: 220 }}
            options={(classes.data?.items ?? []).map((c) => ({ value: c.code, label: className(c.code) }))} />
        </Space>
        <ExportButtons name={t('planningContext.parties.title')}
          header={[t('planningContext.parties.name'), t('planningContext.parties.class'), t('planningContext.parties.needs'),
            t('planningContext.parties.relevant'), t('planningContext.parties.relevanceReason')]}
          rows={() => rows.map((p) => [p.name, className(p.class), p.needs, p.relevant ? t('common.yes') : t('common.no'), p.relevance_reason])} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<InterestedParty>
        rowKey="id" size="small" data-testid="parties-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 720 }} locale={{ emptyText: <Empty description={t('planningContext.parties.empty')} /> }}
        columns={[
          { title: t('planningContext.parties.name'), dataIndex: 'name', render: (v: string, p) =>
            <>{v} {p.mandatory && <Tag color="gold">{t('planningContext.parties.mandatory')}</Tag>}</> },
          { title: t('planningContext.parties.class'), dataIndex: 'class', render: className },
          { title: t('planningContext.parties.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('planningContext.parties.needs'), dataIndex: 'needs', ellipsis: true },
          { title: t('planningContext.parties.relevant'), dataIndex: 'relevant', render: (v: boolean) => (v ? t('common.yes') : t('common.no')) },
          { title: t('common.actions'), key: 'actions', render: (_: unknown, p) => (
            <Space>
              <Button size="small" onClick={() => setOpen(p)}>{t('planningContext.parties.requirements')}</Button>
              {can('manage_planning') && <Button size="small" onClick={() => setEditing(p)}>{t('common.edit')}</Button>}
            </Space>
          ) },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {editing && <PartyForm party={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)}
        onSaved={() => { refresh(); message.success(t('planningContext.parties.saved')); }} />}
      {open && <Requirements party={open} onClose={() => setOpen(null)} />}
    </>
  );
}
