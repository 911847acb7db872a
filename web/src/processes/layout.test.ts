import { describe, expect, it } from 'vitest';
import type { Interaction, MapProcess, ProcessCategory } from '../api/types';
import { edgeLabel, LABEL, layoutMap, NODE, type MapLayout } from './layout';

const p = (id: number, code: string, category: ProcessCategory): MapProcess =>
  ({ id, unit_id: 1, code, name: code, category, owner_id: null, risk_level: 'medium' });

// The demo department's eight processes and their interactions.
const DEMO = [
  p(1, 'QT-LD', 'management'), p(2, 'QT-XXLD', 'management'), p(3, 'QT-DGNB', 'management'), p(4, 'QT-TS', 'core'),
  p(5, 'QT-DH', 'core'), p(6, 'QT-KT', 'core'), p(7, 'QT-NS', 'support'), p(8, 'QT-CSVC', 'support'),
];
const FEEDS: Interaction[] = [
  [1, 4], [2, 1], [3, 2], [4, 5], [5, 6], [6, 2], [7, 5], [8, 5],
].map(([from, to]) => ({ from, to, what: `${from}→${to}` }));

const node = (l: MapLayout, id: number) => l.nodes.find((n) => n.process.id === id)!;

describe('layoutMap', () => {
  it('puts management above core above support, each process right of those feeding it in its band', () => {
    const l = layoutMap(DEMO, FEEDS);
    expect(l.bands.map((b) => b.category)).toEqual(['management', 'core', 'support']);
    const [m, c, s] = l.bands;
    expect(m.y + m.height).toBeLessThanOrEqual(c.y);
    expect(c.y + c.height).toBeLessThanOrEqual(s.y);
    for (const n of l.nodes) {
      const band = l.bands.find((b) => b.category === n.process.category)!;
      expect(n.y).toBeGreaterThanOrEqual(band.y);
      expect(n.y + NODE.height).toBeLessThanOrEqual(band.y + band.height);
    }
    // QT-DGNB -> QT-XXLD -> QT-LD; QT-TS -> QT-DH -> QT-KT; the two support processes feed nothing in their band
    expect([3, 2, 1, 4, 5, 6, 7, 8].map((id) => node(l, id).layer)).toEqual([0, 1, 2, 0, 1, 2, 0, 0]);
    expect(node(l, 3).x).toBeLessThan(node(l, 2).x);
    expect(node(l, 2).x).toBeLessThan(node(l, 1).x);
    expect(node(l, 7).x).toBe(node(l, 8).x);
    expect(node(l, 7).y).toBeLessThan(node(l, 8).y);
  });

  it('never overlaps two processes and keeps everything inside the drawing', () => {
    const l = layoutMap(DEMO, FEEDS);
    for (const a of l.nodes) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + NODE.width).toBeLessThanOrEqual(l.width);
      expect(a.y + NODE.height).toBeLessThanOrEqual(l.height);
      for (const b of l.nodes) {
        if (a === b) continue;
        const apart = a.x + NODE.width <= b.x || b.x + NODE.width <= a.x || a.y + NODE.height <= b.y || b.y + NODE.height <= a.y;
        expect(apart, `${a.process.code} / ${b.process.code}`).toBe(true);
      }
    }
  });

  it('draws each interaction from the border of its source to the border of its target, labelled in between', () => {
    const l = layoutMap(DEMO, FEEDS);
    expect(l.edges.map((e) => e.what)).toEqual(FEEDS.map((f) => f.what));
    const ts = node(l, 4);
    const dh = node(l, 5);
    const edge = l.edges.find((e) => e.from === 4 && e.to === 5)!;
    const [start, end] = [...edge.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]).filter((_, i) => i !== 1);
    expect(start).toEqual([ts.x + NODE.width, ts.y + NODE.height / 2]);
    expect(end).toEqual([dh.x, dh.y + NODE.height / 2]);
    expect(edge.labelX).toBeGreaterThan(start[0]);
    expect(edge.labelX).toBeLessThan(end[0]);
  });

  it('gives two processes feeding each other two distinct arrows and survives longer cycles', () => {
    const l = layoutMap(
      [p(1, 'A', 'core'), p(2, 'B', 'core'), p(3, 'C', 'core')],
      [{ from: 1, to: 2, what: 'x' }, { from: 2, to: 1, what: 'y' }, { from: 2, to: 3, what: 'z' }, { from: 3, to: 1, what: 'w' }],
    );
    expect(l.nodes).toHaveLength(3);
    expect(new Set(l.nodes.map((n) => n.layer)).size).toBe(3);
    const [ab, ba] = l.edges;
    expect(ab.path).not.toBe(ba.path);
    expect([ab.labelX, ab.labelY]).not.toEqual([ba.labelX, ba.labelY]);
  });

  it('leaves out self-interactions and interactions with processes not on the map; an empty map is a small canvas', () => {
    const l = layoutMap([p(1, 'A', 'support')], [{ from: 1, to: 1, what: 'x' }, { from: 1, to: 9, what: 'y' }]);
    expect(l.edges).toEqual([]);
    expect(l.bands.map((b) => b.category)).toEqual(['support']);
    const empty = layoutMap([], []);
    expect(empty.nodes).toEqual([]);
    expect(empty.bands).toEqual([]);
    expect(empty.width).toBeGreaterThan(0);
  });
});

describe('edgeLabel', () => {
  it('breaks a long label between words instead of cutting it', () => {
    const l = edgeLabel('Kế hoạch tuyển sinh và danh sách học sinh trúng tuyển');
    expect(l.lines).toEqual(['Kế hoạch tuyển sinh và', 'danh sách học sinh', 'trúng tuyển']);
    expect(l.lines.join(' ')).toBe('Kế hoạch tuyển sinh và danh sách học sinh trúng tuyển');
    for (const line of l.lines) expect(line.length).toBeLessThanOrEqual(LABEL.maxChars);
  });

  it('keeps a short label on one line, in a box around it that fits between two layers', () => {
    const l = edgeLabel('Kết quả học tập');
    expect(l.lines).toEqual(['Kết quả học tập']);
    expect(l.height).toBe(LABEL.lineHeight + 2 * LABEL.pad);
    expect(edgeLabel('x'.repeat(22)).width).toBeLessThan(150);
  });

  it('marks what does not fit in three lines', () => {
    const l = edgeLabel('một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn mười lăm');
    expect(l.lines).toHaveLength(LABEL.maxLines);
    expect(l.lines[2].endsWith('…')).toBe(true);
    expect(edgeLabel('Quy-trình-tuyển-sinh-đầu-cấp-năm-học').lines).toEqual(['Quy-trình-tuyển-sinh-…']);
  });
});
