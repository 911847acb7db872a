import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paretoLayout, type ParetoInput } from './pareto';

/** Horizontal bars as a plain list: each row its label, a bar as long as its share of the largest, and the count. */
export function BarList({ rows, testId }: { rows: { key: string | number; label: ReactNode; count: number; color?: string }[]; testId?: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('improvement.dashboard.noData')} />;
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul data-testid={testId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((r) => (
        <li key={r.key} data-testid="bar" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) 3em', gap: 8, alignItems: 'center', marginBottom: 6 }}>
          <span style={{ overflowWrap: 'anywhere' }}>{r.label}</span>
          <span aria-hidden style={{ background: '#f0f0f0', borderRadius: 2, height: 14 }}>
            <span style={{ display: 'block', height: '100%', width: `${(r.count / max) * 100}%`, background: r.color ?? '#0958d9', borderRadius: 2 }} />
          </span>
          <span data-testid="bar-count" style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{r.count}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A Pareto chart drawn in SVG: bars by descending count and the cumulative percentage as a line; its accessible
 * name lists every bar, so the figures do not depend on seeing the drawing.
 */
export function ParetoChart({ title, bars, testId }: { title: string; bars: ParetoInput[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (bars.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('improvement.dashboard.noData')} />;
  const layout = paretoLayout(bars);
  const { plot } = layout;
  const pct = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 0 });
  const values = bars.map((b) => `${b.label}: ${b.count} (${pct.format(b.cumulative_percent)}%)`).join('; ');
  const label = t('improvement.dashboard.chart', { title, values });
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={label}
        data-testid={testId}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        style={{ maxWidth: '100%', height: 'auto', fontSize: 11 }}
      >
        <title>{label}</title>
        <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke="#8c8c8c" />
        <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} stroke="#8c8c8c" />
        <line x1={plot.right} y1={plot.top} x2={plot.right} y2={plot.bottom} stroke="#8c8c8c" />
        <text x={plot.left - 4} y={plot.top + 4} textAnchor="end">{layout.max}</text>
        <text x={plot.left - 4} y={plot.bottom} textAnchor="end">0</text>
        <text x={plot.right + 4} y={plot.top + 4}>100%</text>
        <text x={plot.right + 4} y={plot.bottom}>0%</text>
        {layout.bars.map((b) => (
          <g key={b.label} data-testid="pareto-bar" data-count={b.count}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="#0958d9" />
            <text x={b.labelX} y={b.y - 3} textAnchor="middle">{b.count}</text>
            <text x={b.labelX} y={plot.bottom + 12} textAnchor="end" transform={`rotate(-40 ${b.labelX} ${plot.bottom + 12})`}>{b.label}</text>
          </g>
        ))}
        <polyline points={layout.line.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="#cf1322" strokeWidth={2} />
        {layout.line.map((p, i) => <circle key={i} cx={p.x} cy={p.y} r={3} fill="#cf1322" />)}
      </svg>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        <span style={{ color: '#0958d9' }}>■</span> {t('improvement.dashboard.count')}{'  '}
        <span style={{ color: '#cf1322' }}>●</span> {t('improvement.dashboard.cumulative')} (%)
      </Typography.Text>
    </div>
  );
}
