import { useQuery } from '@tanstack/react-query';
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorText } from '../../api/problem';
import { heatGrid } from './heatmap';
import type { Heatmap, RiskKind } from './types';

/** The heat map of a subtree: a table of likelihood × impact, each cell in its band's colour from the matrix data. */
export function RiskHeatmap({ within, kind }: { within?: number; kind: RiskKind }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const q = useQuery({
    queryKey: ['risks', 'heatmap', within, kind],
    queryFn: () => api<Heatmap>('/risks/heatmap', { query: { within, kind } }),
  });
  if (q.error) return <Alert type="error" showIcon message={errorText(q.error)} />;
  if (!q.data) return null;
  const { matrix } = q.data;
  const grid = heatGrid(matrix, q.data.cells);
  const word = (l: { vi: string; en: string }) => (en ? l.en : l.vi);
  return (
    <Card size="small" title={t('risks.heatmap')} style={{ marginBottom: 16 }}>
      <table data-testid="risk-heatmap" style={{ borderCollapse: 'collapse' }}>
        <caption style={{ captionSide: 'bottom', textAlign: 'left', paddingTop: 8, color: 'rgba(0,0,0,0.65)' }}>
          {t('risks.heatmapCaption', { kind: t(`risks.kinds.${kind}`).toLowerCase(), matrix: matrix.code })}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ padding: 4 }}>{t('risks.likelihood')} \ {t('risks.impact')}</th>
            {matrix.impact.map((i) => <th scope="col" key={i.value} style={{ padding: 4, fontWeight: 500 }}>{word(i.label)}</th>)}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row[0].likelihood}>
              <th scope="row" style={{ padding: 4, textAlign: 'right', fontWeight: 500 }}>
                {word(matrix.likelihood[row[0].likelihood - 1].label)}
              </th>
              {row.map((c) => (
                <td
                  key={c.impact}
                  data-cell={`${c.likelihood}x${c.impact}`}
                  title={c.band ? word(c.band.label) : undefined}
                  aria-label={t('risks.heatCell', { likelihood: c.likelihood, impact: c.impact, count: c.count })}
                  style={{
                    background: c.band?.colour, color: '#1f1f1f', minWidth: 56, height: 40, textAlign: 'center',
                    border: '1px solid #fff', fontWeight: c.count ? 600 : 400,
                  }}
                >
                  {c.count || ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
