/** One bar of a Pareto chart as the dashboard API gives it: a count and the cumulative share up to it, in percent. */
export interface ParetoInput { label: string; count: number; cumulative_percent: number }

export interface ParetoLayout {
  width: number; height: number;
  /** The plot area: left, top, right, bottom edges. */
  plot: { left: number; top: number; right: number; bottom: number };
  bars: { x: number; y: number; width: number; height: number; label: string; count: number; labelX: number }[];
  /** The cumulative line's points, one above the middle of each bar. */
  line: { x: number; y: number; percent: number }[];
  /** The count axis's top value (the largest count, at least 1). */
  max: number;
}

const MARGIN = { left: 96, right: 44, top: 24, bottom: 90 };
const SLOT = 56;

/**
 * Places the bars (already in Pareto order: descending counts) and the cumulative-percent line in a chart whose
 * width grows with the number of bars (`minWidth` at least); counts scale to the left axis, percent to the right.
 */
export function paretoLayout(input: readonly ParetoInput[], minWidth = 320, height = 260): ParetoLayout {
  const width = Math.max(minWidth, MARGIN.left + MARGIN.right + input.length * SLOT);
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const plotHeight = plot.bottom - plot.top;
  const slot = input.length ? (plot.right - plot.left) / input.length : 0;
  const max = Math.max(1, ...input.map((b) => b.count));
  const bars = input.map((b, i) => {
    const h = (b.count / max) * plotHeight;
    const x = plot.left + i * slot + slot * 0.15;
    return { x, y: plot.bottom - h, width: slot * 0.7, height: h, label: b.label, count: b.count, labelX: plot.left + (i + 0.5) * slot };
  });
  const line = input.map((b, i) => ({
    x: plot.left + (i + 0.5) * slot,
    y: plot.bottom - (Math.min(100, Math.max(0, b.cumulative_percent)) / 100) * plotHeight,
    percent: b.cumulative_percent,
  }));
  return { width, height, plot, bars, line, max };
}
