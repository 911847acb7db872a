import { describe, expect, it } from 'vitest';
import { bandLabel, heatGrid } from './heatmap';
import type { RiskMatrix } from './types';

const label = (s: string) => ({ vi: s, en: s });
const matrix: RiskMatrix = {
  code: '3x3',
  name: label('3x3'),
  likelihood: [1, 2, 3].map((value) => ({ value, label: label(`L${value}`) })),
  impact: [1, 2, 3].map((value) => ({ value, label: label(`I${value}`) })),
  bands: [
    { level: 'low', min: 1, max: 2, process_risk_level: 'low', colour: '#c8e6c9', label: { vi: 'Thấp', en: 'Low' } },
    { level: 'medium', min: 3, max: 4, process_risk_level: 'medium', colour: '#fff59d', label: { vi: 'Trung bình', en: 'Medium' } },
    { level: 'high', min: 5, max: 9, process_risk_level: 'high', colour: '#ef9a9a', label: { vi: 'Cao', en: 'High' } },
  ],
};

describe('heatGrid', () => {
  it('puts the most likely row on top and colours each cell by its score band', () => {
    const grid = heatGrid(matrix, [{ likelihood: 3, impact: 2, count: 4, level: 'high' }]);
    expect(grid.map((row) => row[0].likelihood)).toEqual([3, 2, 1]);
    expect(grid[0][1]).toMatchObject({ likelihood: 3, impact: 2, score: 6, count: 4 });
    expect(grid[0][1].band?.colour).toBe('#ef9a9a');
    expect(grid[2][0]).toMatchObject({ score: 1, count: 0 });
    expect(grid[2][0].band?.level).toBe('low');
    expect(grid[1][1].band?.level).toBe('medium');
  });
});

describe('bandLabel', () => {
  it('words a level in the reader language, and falls back to its name', () => {
    expect(bandLabel(matrix, 'medium', 'vi')).toBe('Trung bình');
    expect(bandLabel(matrix, 'medium', 'en')).toBe('Medium');
    expect(bandLabel(matrix, 'unknown', 'en')).toBe('unknown');
    expect(bandLabel(undefined, null, 'en')).toBe('');
  });
});
