// Records (retained documented information, ISO 9001 / ISO 21001 clause 7.5.3) as the API returns them.

export const RECORD_CATEGORIES = [
  'attendance', 'assessment', 'audit_report', 'management_review', 'meeting_minutes', 'survey_result', 'training',
  'complaint', 'other',
] as const;
export type RecordCategory = (typeof RECORD_CATEGORIES)[number];

export interface RetainedRecord {
  id: number; unit_id: number; title: string; category: RecordCategory; description: string;
  /** The date the record records (YYYY-MM-DD), never in the future. */
  recorded_on: string;
  retention_months: number;
  /** recorded_on plus the retention period: disposal is refused before this date. */
  retain_until: string;
  legal_hold: boolean; legal_hold_reason: string;
  /** Past retention, not on hold and not disposed of: listed by the disposal review. */
  due_for_disposal: boolean;
  owner_id: number | null; clause_ids: number[]; version: number; created_by: number | null;
  created_at: string; updated_at: string; disposed_at: string | null; disposal_reason: string | null;
}
