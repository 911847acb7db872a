// Charts of indicators drawn by ECharts. Only the chart screens import this file, so ECharts (its core, two series
// and the SVG renderer) is fetched when one of them opens, never with the first page. The figures are also in each
// chart's accessible name, so they do not depend on seeing the drawing.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { RAG_COLOURS } from './status';
import type { Rag } from './types';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

export interface ChartPoint { label: string; value: number | null; status: Rag | null }

interface Props {
  kind: 'line' | 'bar';
  points: ChartPoint[];
  target: number;
  warning: number;
  targetLabel: string;
  warningLabel: string;
  label: string;
  testId?: string;
}

/** A series of values with the target and the warning threshold as lines, each point coloured by its status. */
export function IndicatorChart({ kind, points, target, warning, targetLabel, warningLabel, label, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 96, top: 16, bottom: kind === 'bar' ? 72 : 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { rotate: kind === 'bar' ? 40 : 0 } },
      yAxis: { type: 'value', scale: true },
      series: [{
        type: kind,
        data: points.map((p) => ({ value: p.value, itemStyle: { color: p.status ? RAG_COLOURS[p.status] : '#8c8c8c' } })),
        lineStyle: { color: '#595959' },
        symbolSize: 8,
        markLine: {
          symbol: 'none',
          data: [
            { yAxis: target, name: targetLabel, lineStyle: { color: RAG_COLOURS.green, type: 'solid' }, label: { formatter: `${targetLabel} {c}` } },
            { yAxis: warning, name: warningLabel, lineStyle: { color: RAG_COLOURS.red, type: 'dashed' }, label: { formatter: `${warningLabel} {c}` } },
          ],
        },
      }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kind, points, target, warning, targetLabel, warningLabel]);
  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height: kind === 'bar' ? 360 : 300 }} />;
}
