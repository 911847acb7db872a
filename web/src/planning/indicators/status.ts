// Red/amber/green as the server decides it (src/planning/indicator_model.cc StatusOf), for a value typed before it
// is sent, and the rows of the screens' CSV exports.
import type { Direction, Rag } from './types';

/** Green at or better than the target, amber up to the warning threshold, red past it. */
export function statusOf(direction: Direction, target: number, warning: number, value: number): Rag {
  const higher = direction === 'higher';
  if (higher ? value >= target : value <= target) return 'green';
  if (higher ? value >= warning : value <= warning) return 'amber';
  return 'red';
}

/** Whether the warning threshold lies on the bad side of the target (or on it), as the server requires. */
export function thresholdAgrees(direction: Direction, target: number, warning: number): boolean {
  return direction === 'higher' ? warning <= target : warning >= target;
}

export const RAG_COLOURS: Record<Rag, string> = { green: '#237804', amber: '#ad6800', red: '#cf1322' };

/** One CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ neutralised. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text with a header, lines ended by CRLF. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
