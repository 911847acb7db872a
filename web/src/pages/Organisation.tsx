import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, List, Popconfirm, Row, Space, Tag, Tree,
  Typography,
} from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../components/FormSelect';
import { FormModal } from '../components/FormModal';
import { api, fetchAll, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { UNIT_TYPES, type Unit } from '../api/types';
import { UnitSelect, UserName, UserSelect } from '../components/RemoteSelect';
import { CsvImportModal } from '../components/CsvImport';
import { useSession } from '../session';
import { formatDateTime } from '../format';

const UNIT_FIELDS = ['code', 'name', 'type', 'region', 'address', 'head_user_id', 'parent_id'] as const;

type FormMode = { kind: 'create'; parent: Unit } | { kind: 'edit'; unit: Unit } | { kind: 'move'; unit: Unit } | null;

export default function Organisation() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone, can } = useSession();
  const qc = useQueryClient();
  const [units, setUnits] = useState<Record<number, Unit>>({});
  const [children, setChildren] = useState<Record<number, number[]>>({});
  const [expanded, setExpanded] = useState<React.Key[]>([]);
  const [loaded, setLoaded] = useState<React.Key[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [mode, setMode] = useState<FormMode>(null);
  const [importOpen, setImportOpen] = useState(false);

  const root = useQuery({
    queryKey: ['units', 'root'],
    queryFn: () => api<Page<Unit>>('/units', { query: { limit: 1 } }).then((p) => p.items[0] ?? null),
  });

  const remember = useCallback((list: Unit[]) => {
    setUnits((m) => {
      const n = { ...m };
      for (const u of list) n[u.id] = u;
      return n;
    });
  }, []);

  const loadChildren = useCallback(
    async (parentId: number) => {
      const list = await fetchAll<Unit>('/units', { parent_id: parentId });
      remember(list);
      setChildren((c) => ({ ...c, [parentId]: list.map((u) => u.id) }));
      setLoaded((l) => (l.includes(parentId) ? l : [...l, parentId]));
    },
    [remember],
  );

  useEffect(() => {
    if (root.data) {
      remember([root.data]);
      setExpanded((e) => (e.length ? e : [root.data!.id]));
      void loadChildren(root.data.id);
      setSelected((s) => s ?? root.data!.id);
    }
  }, [root.data, remember, loadChildren]);

  const treeData = useMemo<DataNode[]>(() => {
    const build = (id: number): DataNode => {
      const u = units[id];
      const kids = children[id];
      return {
        key: id,
        title: u ? `${u.name} (${u.code})` : `#${id}`,
        isLeaf: kids !== undefined && kids.length === 0,
        children: kids?.map(build),
      };
    };
    return root.data && units[root.data.id] ? [build(root.data.id)] : [];
  }, [units, children, root.data]);

  const results = useQuery({
    queryKey: ['units', 'search', search],
    queryFn: () => api<Page<Unit>>('/units', { query: { q: search, limit: 50 } }),
    enabled: search.trim().length > 0,
  });

  const detail = useQuery({
    queryKey: ['unit', selected],
    queryFn: () => api<Unit>(`/units/${selected}`),
    enabled: selected !== null,
  });
  const unit = detail.data;
  const parent = useQuery({
    queryKey: ['unit', unit?.parent_id],
    queryFn: () => api<Unit>(`/units/${unit!.parent_id}`),
    enabled: !!unit?.parent_id,
  });

  const afterChange = async (changed: Unit, oldParent?: number | null) => {
    remember([changed]);
    qc.setQueryData(['unit', changed.id], changed);
    void qc.invalidateQueries({ queryKey: ['units'] });
    const parents = new Set<number>();
    if (changed.parent_id) parents.add(changed.parent_id);
    if (oldParent) parents.add(oldParent);
    for (const p of parents) if (children[p] !== undefined || p === root.data?.id) await loadChildren(p);
    if (changed.parent_id) setExpanded((e) => (e.includes(changed.parent_id!) ? e : [...e, changed.parent_id!]));
  };

  const archive = async (u: Unit) => {
    try {
      const r = await api<Unit>(`/units/${u.id}`, { method: 'DELETE' });
      message.success(t('org.archived'));
      await afterChange(r, u.parent_id);
      setSelected(u.parent_id);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('org.title')}</Typography.Title>
        {can('manage_organisation') && <Button onClick={() => setImportOpen(true)}>{t('org.import')}</Button>}
      </Space>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('org.tree')} size="small">
            <Input.Search
              aria-label={t('org.searchLabel')}
              placeholder={t('org.searchPlaceholder')}
              allowClear
              onSearch={(v) => setSearch(v.trim())}
              style={{ marginBottom: 12 }}
            />
            {search ? (
              <List
                header={<strong>{t('org.results')}</strong>}
                size="small"
                loading={results.isLoading}
                locale={{ emptyText: results.error ? errorText(results.error) : t('org.noResults') }}
                dataSource={results.data?.items ?? []}
                renderItem={(u) => (
                  <List.Item>
                    <Button type="link" onClick={() => setSelected(u.id)} style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}>
                      {u.name} ({u.code})
                    </Button>
                  </List.Item>
                )}
              />
            ) : root.error ? (
              <Alert type="error" message={errorText(root.error)} />
            ) : (
              <Tree
                treeData={treeData}
                expandedKeys={expanded}
                loadedKeys={loaded}
                onExpand={(keys) => setExpanded(keys)}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => keys[0] !== undefined && setSelected(Number(keys[0]))}
                loadData={(node) => loadChildren(Number(node.key))}
                blockNode
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('org.detail')} size="small">
            {!unit ? (
              detail.error ? <Alert type="error" message={errorText(detail.error)} /> : <Empty description={t('org.selectHint')} />
            ) : (
              <>
                <Descriptions column={1} size="small" bordered data-testid="unit-detail">
                  <Descriptions.Item label={t('org.name')}>{unit.name} {unit.archived_at && <Tag>{t('org.archived')}</Tag>}</Descriptions.Item>
                  <Descriptions.Item label={t('org.code')}>{unit.code}</Descriptions.Item>
                  <Descriptions.Item label={t('org.type')}>{t(`unitType.${unit.type}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.parent')}>{unit.parent_id ? parent.data?.name ?? '…' : '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('org.region')}>{unit.region || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('org.address')}>{unit.address || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('org.head')}><UserName id={unit.head_user_id} /></Descriptions.Item>
                  <Descriptions.Item label={t('org.createdAt')}>{formatDateTime(unit.created_at, timeZone)}</Descriptions.Item>
                  <Descriptions.Item label={t('org.updatedAt')}>{formatDateTime(unit.updated_at, timeZone)}</Descriptions.Item>
                </Descriptions>
                {!unit.archived_at && can('manage_organisation', unit.path) && (
                  <Space wrap style={{ marginTop: 12 }}>
                    <Button type="primary" onClick={() => setMode({ kind: 'create', parent: unit })}>{t('org.addChild')}</Button>
                    <Button onClick={() => setMode({ kind: 'edit', unit })}>{t('common.edit')}</Button>
                    {unit.parent_id && <Button onClick={() => setMode({ kind: 'move', unit })}>{t('org.move')}</Button>}
                    {unit.parent_id && (
                      <Popconfirm title={t('org.archiveConfirm')} onConfirm={() => void archive(unit)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                        <Button danger>{t('org.archive')}</Button>
                      </Popconfirm>
                    )}
                  </Space>
                )}
              </>
            )}
          </Card>
        </Col>
      </Row>
      {mode && (
        <UnitFormModal
          mode={mode}
          onClose={() => setMode(null)}
          onSaved={(u, oldParent) => {
            setMode(null);
            void afterChange(u, oldParent);
            setSelected(u.id);
          }}
          onStale={() => void detail.refetch()}
        />
      )}
      <CsvImportModal
        open={importOpen}
        onClose={() => setImportOpen(false)}
        path="/units/import"
        help={t('csv.unitsHelp')}
        onImported={() => {
          void qc.invalidateQueries({ queryKey: ['units'] });
          for (const k of loaded) void loadChildren(Number(k));
        }}
      />
    </>
  );
}

function UnitFormModal({
  mode, onClose, onSaved, onStale,
}: {
  mode: NonNullable<FormMode>;
  onClose: () => void;
  onSaved: (u: Unit, oldParent?: number | null) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unit = mode.kind === 'create' ? null : mode.unit;
  const title =
    mode.kind === 'create' ? t('org.createTitle', { name: mode.parent.name })
      : mode.kind === 'edit' ? t('org.editUnit') : t('org.moveTitle', { name: mode.unit.name });

  const send = async (v: Record<string, unknown>) => {
    let r: Unit;
    if (mode.kind === 'create') {
      r = await api<Unit>('/units', { method: 'POST', json: { ...v, parent_id: mode.parent.id, region: v.region ?? '', address: v.address ?? '' } });
      message.success(t('org.created'));
    } else if (mode.kind === 'edit') {
      const changed: Record<string, unknown> = { version: mode.unit.version };
      for (const k of ['code', 'name', 'type', 'region', 'address'] as const) {
        if ((v[k] ?? '') !== mode.unit[k]) changed[k] = v[k] ?? '';
      }
      if ((v.head_user_id ?? null) !== mode.unit.head_user_id) changed.head_user_id = v.head_user_id ?? null;
      r = await api<Unit>(`/units/${mode.unit.id}`, { method: 'PATCH', json: changed });
      message.success(t('common.saved'));
    } else {
      r = await api<Unit>(`/units/${mode.unit.id}`, { method: 'PATCH', json: { version: mode.unit.version, parent_id: v.parent_id } });
      message.success(t('org.moved'));
    }
    onSaved(r, unit?.parent_id);
  };

  return (
    <FormModal
      title={title}
      fields={UNIT_FIELDS}
      send={send}
      onClose={onClose}
      onStale={() => { onStale(); onClose(); }}
      initialValues={unit ? { ...unit, parent_id: unit.parent_id ?? undefined, head_user_id: unit.head_user_id ?? undefined } : { type: 'primary' }}
    >
      {mode.kind === 'move' ? (
        <Form.Item name="parent_id" label={t('org.newParent')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="code" label={t('org.code')} rules={[{ required: true }]}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="name" label={t('org.name')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="type" label={t('org.type')} rules={[{ required: true }]}>
            <FormSelect options={UNIT_TYPES.map((ty) => ({ value: ty, label: t(`unitType.${ty}`) }))} />
          </Form.Item>
          <Form.Item name="region" label={t('org.region')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="address" label={t('org.address')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          {mode.kind === 'edit' && (
            <Form.Item name="head_user_id" label={t('org.head')} extra={t('org.headHelp')}>
              <UserSelect allowClear />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
