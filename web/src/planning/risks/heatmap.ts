// The heat map's grid, drawn from the matrix as data: impact across, likelihood down (most likely on top), each cell
// coloured by the band its score falls in, with the count of entries rated there.
import type { HeatCell, MatrixBand, RiskMatrix } from './types';

export interface GridCell {
  likelihood: number;
  impact: number;
  score: number;
  count: number;
  band: MatrixBand | undefined;
}

export function bandOf(matrix: RiskMatrix, score: number): MatrixBand | undefined {
  return matrix.bands.find((b) => score >= b.min && score <= b.max);
}

/** Rows from the highest likelihood down, each with a cell per impact from the lowest up. */
export function heatGrid(matrix: RiskMatrix, cells: readonly HeatCell[]): GridCell[][] {
  const counts = new Map(cells.map((c) => [`${c.likelihood}:${c.impact}`, c.count]));
  return [...matrix.likelihood].reverse().map((l) =>
    matrix.impact.map((i) => {
      const score = l.value * i.value;
      return { likelihood: l.value, impact: i.value, score, count: counts.get(`${l.value}:${i.value}`) ?? 0, band: bandOf(matrix, score) };
    }));
}

/** The label of a band in the reader's language, or its level name when the matrix has no such band. */
export function bandLabel(matrix: RiskMatrix | undefined, level: string | null, language: string): string {
  const band = level && matrix?.bands.find((b) => b.level === level);
  if (!band) return level ?? '';
  return language.startsWith('en') ? band.label.en : band.label.vi;
}
