export type Level = 'ok' | 'warning' | 'alert';

export interface OversightCell {
  value: number | string | null;
  level: Level;
  link: string;
}

export interface OversightRow {
  unit_id: number;
  code: string;
  name: string;
  type: string;
  worst: Level;
  cells: Record<string, OversightCell>;
}

export interface OversightTable {
  within: { id: number; code: string; name: string };
  today: string;
  standards: Array<{ id: number; code: string; edition: string; key: string }>;
  thresholds: Record<string, unknown>;
  items: OversightRow[];
}

/** The columns after the readiness ones, in the order the table shows them; each is also a sort key. */
export const COLUMNS = [
  'certification', 'certification_due', 'nonconformities_open', 'nonconformities_overdue', 'actions_overdue',
  'document_reviews_overdue', 'last_internal_audit', 'last_management_review', 'indicators_off_target', 'complaints_open',
  'satisfaction_index',
] as const;

export const LEVEL_COLOURS: Record<Level, string> = { ok: 'green', warning: 'gold', alert: 'red' };
