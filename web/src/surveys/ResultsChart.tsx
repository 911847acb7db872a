// The satisfaction index of each question with its confidence interval, drawn by ECharts. Only the results page
// imports this file (lazily), so ECharts is fetched when results are shown, never with the first page. The figures
// are also in the chart's accessible name.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, CustomChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface IndexBar { label: string; index: number; low: number; high: number; threshold: number | null }

export default function ResultsChart({ bars, label }: { bars: IndexBar[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
      series: [
        {
          type: 'bar', data: bars.map((b) => ({
            value: Math.round(b.index * 100),
            itemStyle: { color: b.threshold !== null && b.index < b.threshold ? '#cf1322' : '#389e0d' },
          })),
        },
        {
          type: 'custom', data: bars.map((b, i) => [i, b.low * 100, b.high * 100]),
          renderItem: (_: unknown, api: { value: (i: number) => number; coord: (p: number[]) => number[] }) => {
            const from = api.coord([api.value(1), api.value(0)]);
            const to = api.coord([api.value(2), api.value(0)]);
            return { type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, style: { stroke: '#262626', lineWidth: 2 } };
          },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); chart.dispose(); };
  }, [bars]);
  return <div ref={ref} role="img" aria-label={label} data-testid="survey-chart" style={{ width: '100%', height: Math.max(160, bars.length * 40 + 40) }} />;
}
