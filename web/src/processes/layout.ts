import { PROCESS_CATEGORIES, type Interaction, type MapProcess, type ProcessCategory } from '../api/types';

// Room for the code and two lines of the name: a name cut short with "…" differed from the box's accessible name.
export const NODE = { width: 184, height: 70, nameChars: 26 };
const GAP_X = 150; // room for an arrow's label between two layers
const GAP_Y = 28;
const BAND_HEADER = 28;
const BAND_PAD = 16;
const BAND_GAP = 48; // room for the labels of arrows between bands
const MARGIN = 16;
const BEND = 0.12; // how far an arrow bows away from the straight line, as a share of its length

export interface PlacedNode { process: MapProcess; layer: number; x: number; y: number }
export interface PlacedEdge extends Interaction { path: string; labelX: number; labelY: number }
export interface Band { category: ProcessCategory; y: number; height: number }
export interface MapLayout { width: number; height: number; bands: Band[]; nodes: PlacedNode[]; edges: PlacedEdge[] }

/**
 * The layer of each process within its band: the length of the longest chain of interactions inside the band that
 * leads to it, so what feeds a process stands to its left. An interaction that would close a cycle is not followed.
 */
function layers(band: MapProcess[], interactions: readonly Interaction[]): Map<number, number> {
  const ids = new Set(band.map((p) => p.id));
  const sources = new Map<number, number[]>();
  for (const i of interactions) {
    if (i.from !== i.to && ids.has(i.from) && ids.has(i.to)) sources.set(i.to, [...(sources.get(i.to) ?? []), i.from]);
  }
  const layer = new Map<number, number>();
  const visiting = new Set<number>();
  const visit = (id: number): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    visiting.add(id);
    let l = 0;
    for (const s of sources.get(id) ?? []) if (!visiting.has(s)) l = Math.max(l, visit(s) + 1);
    visiting.delete(id);
    layer.set(id, l);
    return l;
  };
  for (const p of band) visit(p.id);
  return layer;
}

/** Where the segment from the centre of a node towards (tx, ty) leaves the node's rectangle. */
function border(n: PlacedNode, tx: number, ty: number): [number, number] {
  const cx = n.x + NODE.width / 2;
  const cy = n.y + NODE.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  const t = Math.min(dx ? NODE.width / 2 / Math.abs(dx) : Infinity, dy ? NODE.height / 2 / Math.abs(dy) : Infinity);
  return [cx + dx * t, cy + dy * t];
}

/**
 * Places the processes of a map: one horizontal band per category (management, core, support, top to bottom), in
 * each band columns by layer and, within a column, rows by id; each interaction becomes a slightly bowed arrow from
 * border to border (two processes feeding each other get two distinct arrows) with the middle point for its label.
 * Interactions of a process with itself or with a process not on the map are left out.
 */
export function layoutMap(processes: readonly MapProcess[], interactions: readonly Interaction[]): MapLayout {
  const nodes = new Map<number, PlacedNode>();
  const bands: Band[] = [];
  let y = MARGIN;
  let columns = 1;
  for (const category of PROCESS_CATEGORIES) {
    const band = processes.filter((p) => p.category === category).sort((a, b) => a.id - b.id);
    if (band.length === 0) continue;
    const layer = layers(band, interactions);
    const rows = new Map<number, number>();
    for (const p of band) {
      const l = layer.get(p.id) ?? 0;
      const row = rows.get(l) ?? 0;
      rows.set(l, row + 1);
      nodes.set(p.id, {
        process: p, layer: l, x: MARGIN + l * (NODE.width + GAP_X), y: y + BAND_HEADER + row * (NODE.height + GAP_Y),
      });
      columns = Math.max(columns, l + 1);
    }
    const height = BAND_HEADER + Math.max(...rows.values()) * (NODE.height + GAP_Y) - GAP_Y + BAND_PAD;
    bands.push({ category, y, height });
    y += height + BAND_GAP;
  }
  const edges: PlacedEdge[] = [];
  for (const i of interactions) {
    const a = nodes.get(i.from);
    const b = nodes.get(i.to);
    if (!a || !b || a === b) continue;
    const [x1, y1] = border(a, b.x + NODE.width / 2, b.y + NODE.height / 2);
    const [x2, y2] = border(b, a.x + NODE.width / 2, a.y + NODE.height / 2);
    // The control point lies off the middle, to the right of the direction of travel.
    const cx = (x1 + x2) / 2 - (y2 - y1) * BEND;
    const cy = (y1 + y2) / 2 + (x2 - x1) * BEND;
    const r = (v: number) => Math.round(v * 10) / 10;
    edges.push({
      ...i,
      path: `M${r(x1)},${r(y1)} Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`,
      labelX: r((x1 + 2 * cx + x2) / 4),
      labelY: r((y1 + 2 * cy + y2) / 4),
    });
  }
  return {
    width: MARGIN * 2 + columns * NODE.width + (columns - 1) * GAP_X,
    height: Math.max(y - BAND_GAP + MARGIN, MARGIN * 2),
    bands,
    nodes: [...nodes.values()],
    edges,
  };
}

/** How an arrow's label is drawn: its lines and the box behind them, centred on the arrow's middle point. */
export interface EdgeLabel { lines: string[]; width: number; height: number }

export const LABEL = { fontSize: 11, lineHeight: 13, charWidth: 6.2, maxChars: 22, maxLines: 3, pad: 4 };

/**
 * `text` broken between words into lines of at most `maxChars` characters (a longer word cut to fit, marked "…"), at
 * most `maxLines` of them, the last one ending in "…" only if text is left over.
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const whole of text.split(/\s+/).filter(Boolean)) {
    const word = whole.length > maxChars ? `${whole.slice(0, maxChars - 1)}…` : whole;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      const last = lines[maxLines - 1];
      lines[maxLines - 1] = last.length < maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The label `what` on whole-word lines (LABEL.maxChars, LABEL.maxLines), with the size of the opaque box that keeps
 * the arrows from crossing the text. The gap between two layers (GAP_X) holds a box of maxChars characters.
 */
export function edgeLabel(what: string): EdgeLabel {
  const lines = wrapWords(what, LABEL.maxChars, LABEL.maxLines);
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return {
    lines,
    width: Math.ceil(longest * LABEL.charWidth + 2 * LABEL.pad),
    height: lines.length * LABEL.lineHeight + 2 * LABEL.pad,
  };
}
