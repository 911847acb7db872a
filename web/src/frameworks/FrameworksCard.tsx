// The imported frameworks on the standards screen: each version with its publisher, size and exports; for the
// selected one, its correspondences to ISO clauses, which a framework manager adds and removes; the import.
import { useMemo, useState } from 'react';
import { App, Button, Card, Form, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, buildUrl } from '../api/client';
import { errorText } from '../api/problem';
import type { Clause, Correspondence, Standard } from '../api/types';
import { useSession } from '../session';
import { FrameworkImportModal } from './FrameworkImportModal';
import { MappingImportModal } from './MappingImportModal';
import { canManageFrameworks, type Framework, type FrameworkTree } from './types';

const RELATIONS = ['equal', 'subset', 'superset', 'intersect'] as const;

type Options = { value: number | string; label: string }[];
/**
 * A searchable select for a form item. Only the props it names reach antd's Select: a required form item's
 * aria-required would land on the select's container, where ARIA does not allow it.
 */
function ItemSelect({ id, value, onChange, options }: { id?: string; value?: number | string; onChange?: (v: number | string) => void; options: Options }) {
  return <Select id={id} value={value} onChange={onChange} options={options} showSearch optionFilterProp="label" />;
}

function Mappings({ framework, standards, manage }: { framework: Framework; standards: Standard[]; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const F = (k: string) => t(`frameworks.${k}`);
  const { message } = App.useApp();
  const qc = useQueryClient();
  const title = (c: { title_vi: string; title_en: string }) => (i18n.language === 'en' ? c.title_en : c.title_vi);
  const iso = standards.filter((s) => !s.imported);
  const [isoId, setIsoId] = useState<number | undefined>(undefined);
  const target = isoId ?? iso.find((s) => s.code === 'iso-21001')?.id ?? iso[0]?.id;
  const tree = useQuery({ queryKey: ['framework', framework.id], queryFn: () => api<FrameworkTree>(`/frameworks/${framework.id}`) });
  const clauses = useQuery({
    queryKey: ['clauses', target], enabled: !!target, staleTime: Infinity,
    queryFn: () => api<{ items: Clause[] }>(`/standards/${target}/clauses`),
  });
  const mappings = useQuery({
    queryKey: ['crosswalks', framework.id],
    queryFn: () => api<{ items: Correspondence[] }>('/crosswalks', { query: { standard: framework.id } }),
  });
  const [form] = Form.useForm<{ node_id: number; clause_id: number; relation: string }>();
  const [importing, setImporting] = useState(false);
  const isoLabel = (s: Standard) => `${s.code.toUpperCase().replace('ISO-', 'ISO ')}:${s.edition}`;
  const targetStandard = iso.find((s) => s.id === target);
  const add = async () => {
    const v = await form.validateFields();
    try {
      await api(`/frameworks/${framework.id}/correspondences`, { method: 'POST', json: v });
      void message.success(F('added'));
      form.resetFields(['clause_id']);
      await qc.invalidateQueries({ queryKey: ['crosswalks'] });
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const remove = async (id: number) => {
    try {
      await api(`/frameworks/${framework.id}/correspondences/${id}`, { method: 'DELETE' });
      void message.success(F('removed'));
      await qc.invalidateQueries({ queryKey: ['crosswalks'] });
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const nodeOptions = useMemo(() => (tree.data?.nodes ?? []).map((n) => ({ value: n.id, label: `${n.number} ${title(n)}` })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tree.data, i18n.language]);
  return (
    <Card size="small" title={`${F('mappings')} · ${framework.code}:${framework.version}`} data-testid="framework-mappings"
      extra={manage && <Button size="small" data-testid="mapping-import" onClick={() => setImporting(true)}>{F('mappingImport')}</Button>}>
      <List
        size="small" dataSource={mappings.data?.items ?? []} locale={{ emptyText: F('noMappings') }}
        renderItem={(c) => (
          <List.Item actions={manage ? [<Button key="x" size="small" danger onClick={() => void remove(c.id)}>{F('remove')}</Button>] : []}>
            <span>{c.from.number} <Tag color="purple">{t(`standards.relation.${c.relation}`)}</Tag> {c.to.number} {title(c.to)}</span>
          </List.Item>
        )}
      />
      {manage && (
        <Form form={form} layout="vertical" initialValues={{ relation: 'equal' }} style={{ marginTop: 12 }}>
          <Form.Item label={F('iso')}>
            <Select aria-label={F('iso')} value={target} onChange={setIsoId}
              options={iso.map((s) => ({ value: s.id, label: isoLabel(s) }))} />
          </Form.Item>
          <Form.Item name="node_id" label={F('node')} rules={[{ required: true, message: F('required') }]}>
            <ItemSelect options={nodeOptions} />
          </Form.Item>
          <Form.Item name="clause_id" label={F('clause')} rules={[{ required: true, message: F('required') }]}>
            <ItemSelect options={(clauses.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.number} ${title(c)}` }))} />
          </Form.Item>
          <Form.Item name="relation" label={F('relationLabel')}>
            <ItemSelect options={RELATIONS.map((r) => ({ value: r, label: t(`standards.relation.${r}`) }))} />
          </Form.Item>
          <Button type="primary" data-testid="mapping-add" onClick={() => void add()}>{F('add')}</Button>
        </Form>
      )}
      {manage && (
        <MappingImportModal
          open={importing} framework={framework} standardId={target}
          standardLabel={targetStandard ? isoLabel(targetStandard) : ''}
          onClose={() => setImporting(false)}
          onImported={() => void qc.invalidateQueries({ queryKey: ['crosswalks'] })}
        />
      )}
    </Card>
  );
}

export function FrameworksCard({ standards }: { standards: Standard[] }) {
  const { t, i18n } = useTranslation();
  const F = (k: string) => t(`frameworks.${k}`);
  const { user } = useSession();
  const manage = canManageFrameworks(user);
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const list = useQuery({ queryKey: ['frameworks'], queryFn: () => api<{ items: Framework[] }>('/frameworks') });
  const items = list.data?.items ?? [];
  const chosen = items.find((f) => f.id === selected) ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{F('title')}</Typography.Title>}
        extra={manage && <Button data-testid="framework-import" onClick={() => setImporting(true)}>{F('import')}</Button>}>
        <Table<Framework>
          size="small" rowKey="id" pagination={false} dataSource={items} loading={list.isLoading}
          locale={{ emptyText: F('empty') }}
          onRow={(f) => ({ onClick: () => setSelected(f.id), style: { cursor: 'pointer' } })}
          rowClassName={(f) => (f.id === selected ? 'ant-table-row-selected' : '')}
          columns={[
            { title: F('code'), render: (_, f) => <Button type="link" onClick={() => setSelected(f.id)}>{`${f.code}:${f.version}`}</Button> },
            { title: t('standards.title'), render: (_, f) => (i18n.language === 'en' ? f.title_en : f.title_vi) },
            { title: F('publisher'), dataIndex: 'publisher', responsive: ['md'] },
            { title: F('nodes'), dataIndex: 'node_count', width: 90 },
            {
              title: F('export'), width: 170,
              render: (_, f) => (
                <Space size={4}>
                  {(['csv', 'json', 'xlsx'] as const).map((format) => (
                    <a key={format} href={buildUrl(`/frameworks/${f.id}/export`, { format })} download>{format.toUpperCase()}</a>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {chosen && <Mappings framework={chosen} standards={standards} manage={manage} />}
      <FrameworkImportModal
        open={importing} onClose={() => setImporting(false)}
        onImported={() => {
          void qc.invalidateQueries({ queryKey: ['frameworks'] });
          void qc.invalidateQueries({ queryKey: ['standards'] });
        }}
      />
    </Space>
  );
}
