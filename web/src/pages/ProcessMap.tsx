import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { RISK_LEVELS, type ProcessCategory, type ProcessMap as Map } from '../api/types';
import { UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { edgeLabel, LABEL, layoutMap, NODE, wrapWords } from '../processes/layout';
import { RISK_COLOR, RiskTag } from '../processes/labels';

const BAND_FILL: Record<ProcessCategory, string> = { management: '#f0f5ff', core: '#f6ffed', support: '#fff7e6' };
const EDGE = '#595959';

/** At most `n` characters, with an ellipsis when cut. */

export default function ProcessMap() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const map = useQuery({
    queryKey: ['processes', 'map', within],
    queryFn: () => api<Map>('/process-map', { query: { within } }),
  });
  const [focused, setFocused] = useState<number | null>(null);
  const layout = useMemo(() => map.data && layoutMap(map.data.processes, map.data.interactions), [map.data]);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('processes.mapTitle')}</Typography.Title>
        <Link to="/processes">{t('processes.back')}</Link>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('processes.filterUnit')} placeholder={t('processes.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 280, maxWidth: '100%' }} />
      </Space>
      <Typography.Paragraph type="secondary">
        {t('processes.mapHelp')} {t('processes.riskLevel')}: {RISK_LEVELS.map((r) => <RiskTag key={r} level={r} />)}
      </Typography.Paragraph>
      {map.error && <Alert type="error" showIcon message={errorText(map.error)} />}
      {map.data?.truncated && <Alert type="warning" showIcon message={t('processes.truncated')} style={{ marginBottom: 12 }} />}
      {map.isLoading && <Spin aria-label={t('common.loading')} />}
      {layout && layout.nodes.length === 0 && <Empty description={t('processes.mapEmpty')} />}
      {layout && layout.nodes.length > 0 && (
        <Card size="small" styles={{ body: { overflow: 'auto', padding: 0 } }}>
          <svg
            data-testid="process-map"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="group"
            aria-label={t('processes.mapLabel')}
            style={{ display: 'block', fontFamily: 'inherit' }}
          >
            <defs>
              <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" fill={EDGE} />
              </marker>
            </defs>
            {/* Bands, arrows, the processes over them, then the arrows' labels over everything. */}
            {layout.bands.map((b) => (
              <g key={b.category} data-testid={`band-${b.category}`}>
                <rect x={4} y={b.y} width={layout.width - 8} height={b.height} rx={8} fill={BAND_FILL[b.category]} />
                <text x={16} y={b.y + 19} fontSize={13} fontWeight={600} fill="#262626">{t(`processes.categories.${b.category}`)}</text>
              </g>
            ))}
            {layout.edges.map((e) => (
              <path key={`${e.from}-${e.to}`} d={e.path} fill="none" stroke={EDGE} strokeWidth={1.5} markerEnd="url(#arrow)" />
            ))}
            {layout.nodes.map((n) => {
              const href = `/processes/${n.process.id}`;
              return (
                <a
                  key={n.process.id}
                  href={href}
                  aria-label={`${n.process.code} ${n.process.name}`}
                  data-testid="map-node"
                  onClick={(ev) => { ev.preventDefault(); navigate(href); }}
                  onFocus={() => setFocused(n.process.id)}
                  onBlur={() => setFocused(null)}
                >
                  <rect x={n.x} y={n.y} width={NODE.width} height={NODE.height} rx={6}
                    fill={focused === n.process.id ? '#e6f4ff' : '#fff'}
                    stroke={RISK_COLOR[n.process.risk_level].stroke} strokeWidth={focused === n.process.id ? 4 : 2} />
                  {/* The spaces ending the code and each line but the last keep the words apart in the text read out, so that
                      it is the label's (axe: label-content-name-mismatch); SVG does not draw them. */}
                  <text x={n.x + 10} y={n.y + 20} fontSize={13} fontWeight={600} fill="#1f1f1f">{`${n.process.code} `}</text>
                  <text x={n.x + 10} y={n.y + 38} fontSize={12} fill="#1f1f1f">
                    {wrapWords(n.process.name, NODE.nameChars, 2).map((line, i, lines) => (
                      <tspan key={i} x={n.x + 10} dy={i === 0 ? 0 : 15}>{i < lines.length - 1 ? `${line} ` : line}</tspan>
                    ))}
                  </text>
                </a>
              );
            })}
            {layout.edges.map((e) => {
              // Whole words on up to three lines, on an opaque box: a label cut at 26 characters, with the arrows
              // crossing its letters, could not be read.
              const label = edgeLabel(e.what);
              const top = e.labelY - label.height / 2;
              return (
                <g key={`${e.from}-${e.to}`} data-testid="interaction" data-from={e.from} data-to={e.to}>
                  <title>{e.what}</title>
                  <rect x={e.labelX - label.width / 2} y={top} width={label.width} height={label.height} rx={3}
                    fill="#fff" stroke="#d9d9d9" data-testid="interaction-box" />
                  <text x={e.labelX} y={top + LABEL.pad} fontSize={LABEL.fontSize} textAnchor="middle" fill="#262626">
                    {label.lines.map((line, i) => (
                      <tspan key={i} x={e.labelX} dy={i === 0 ? LABEL.lineHeight - 3 : LABEL.lineHeight}>{line}</tspan>
                    ))}
                  </text>
                </g>
              );
            })}
          </svg>
        </Card>
      )}
    </>
  );
}
