import { useEffect, useMemo, useState } from 'react';
import { Alert, Card, Col, List, Row, Select, Tag, Tree, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Clause, Correspondence, Standard } from '../api/types';
import { formatDate } from '../format';
import { clauseTree } from '../standards/clauseTree';
import { FrameworksCard } from '../frameworks/FrameworksCard';

export default function Standards() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const standards = useQuery({ queryKey: ['standards'], queryFn: () => api<{ items: Standard[] }>('/standards') });
  const items = standards.data?.items ?? [];
  const [leftId, setLeftId] = useState<number | null>(null);
  const [rightId, setRightId] = useState<number | null>(null);
  const left = leftId ?? items.find((s) => s.code === 'iso-9001')?.id ?? items[0]?.id ?? null;
  const right = rightId ?? items.find((s) => s.code === 'iso-21001')?.id ?? items[1]?.id ?? null;
  const [sel, setSel] = useState<{ side: 'left' | 'right'; id: number } | null>(null);

  const clausesOf = (id: number | null) => ({
    queryKey: ['clauses', id],
    queryFn: () => api<{ items: Clause[] }>(`/standards/${id}/clauses`),
    enabled: !!id,
    staleTime: Infinity,
  });
  const lc = useQuery(clausesOf(left));
  const rc = useQuery(clausesOf(right));
  const cw = useQuery({
    queryKey: ['crosswalks', left, right],
    queryFn: () => api<{ items: Correspondence[] }>('/crosswalks', { query: { standard: left, other_standard: right } }),
    enabled: !!left && !!right && left !== right,
    staleTime: Infinity,
  });
  const related = useMemo(() => {
    if (!sel) return [];
    return (cw.data?.items ?? []).filter((c) => c.from.clause_id === sel.id || c.to.clause_id === sel.id);
  }, [sel, cw.data]);
  const other = useMemo(() => new Set(related.flatMap((c) => [c.from.clause_id, c.to.clause_id]).filter((id) => id !== sel?.id)), [related, sel]);

  // Expand the ancestors of the highlighted clauses so they are visible.
  const [expanded, setExpanded] = useState<Record<'left' | 'right', React.Key[]>>({ left: [], right: [] });
  useEffect(() => {
    if (!sel || other.size === 0) return;
    const side = sel.side === 'left' ? 'right' : 'left';
    const list = (side === 'left' ? lc.data : rc.data)?.items ?? [];
    const byId = new Map(list.map((c) => [c.id, c]));
    const keys = new Set<React.Key>(expanded[side]);
    for (const id of other) {
      let p = byId.get(id)?.parent_id ?? null;
      while (p !== null) {
        keys.add(p);
        p = byId.get(p)?.parent_id ?? null;
      }
    }
    setExpanded((e) => ({ ...e, [side]: [...keys] }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sel, other]);

  const transitionDeadline = (id: number | null) => items.find((s) => s.id === id)?.transition_deadline ?? null;
  const title = (s: Standard) => (s.imported ? `${s.code}:${s.edition}` : `${s.code.toUpperCase().replace('ISO-', 'ISO ')}:${s.edition}`);
  const pane = (side: 'left' | 'right', id: number | null, setId: (v: number) => void, q: typeof lc) => (
    <Card
      size="small"
      title={
        <Select
          aria-label={side === 'left' ? t('standards.left') : t('standards.right')}
          value={id ?? undefined}
          onChange={(v) => { setId(v); setSel(null); }}
          options={items.map((s) => ({ value: s.id, label: title(s) }))}
          style={{ minWidth: 180 }}
        />
      }
    >
      {q.error && <Alert type="error" message={errorText(q.error)} />}
      {transitionDeadline(id) && (
        <Typography.Paragraph type="secondary">{t('standards.transitionBy', { date: formatDate(transitionDeadline(id)) })}</Typography.Paragraph>
      )}
      <Tree
        treeData={clauseTree(q.data?.items ?? [], lang, sel?.side === side ? new Set() : other, t('standards.unconfirmed'))}
        selectedKeys={sel?.side === side ? [sel.id] : []}
        onSelect={(k) => setSel(k[0] !== undefined ? { side, id: Number(k[0]) } : null)}
        expandedKeys={expanded[side]}
        onExpand={(k) => setExpanded((e) => ({ ...e, [side]: k }))}
        height={520}
        blockNode
      />
    </Card>
  );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('standards.title')}</Typography.Title>
      {standards.error && <Alert type="error" message={errorText(standards.error)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>{pane('left', left, setLeftId, lc)}</Col>
        <Col xs={24} lg={6}>
          <Card size="small" title={t('standards.correspondences')}>
            {!sel ? (
              <Typography.Text type="secondary">{t('standards.pick')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={related}
                locale={{ emptyText: t('standards.none') }}
                renderItem={(c) => (
                  <List.Item>
                    <span>
                      {c.from.number} <Tag color="purple">{t(`standards.relation.${c.relation}`)}</Tag> {c.to.number}
                      <br />
                      <Typography.Text type="secondary">{lang === 'en' ? c.note_en : c.note_vi}</Typography.Text>
                    </span>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={9}>{pane('right', right, setRightId, rc)}</Col>
      </Row>
      <FrameworksCard standards={items} />
    </>
  );
}
