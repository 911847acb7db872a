// The audits API as the web sees it (api/openapi.json: AuditProgramme, Audit, ChecklistLine).
import type { RiskLevel } from '../api/types';
import type { Attachment } from '../attachments/types';

export const AUDIT_TYPES = ['internal', 'second_party'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];
export const AUDIT_STATUSES = ['planned', 'in_progress', 'reported', 'closed'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export const AUDIT_ACTIONS = ['start', 'report', 'close'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const LINE_RESULTS = [
  'conforming', 'major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity_for_improvement', 'not_audited',
] as const;
export type LineResult = (typeof LINE_RESULTS)[number];

/** A clause of either standard as the audits and nonconformities name it. */
export interface ClauseRef { id: number; urn: string; number: string }

export interface Programme {
  id: number; unit_id: number; year: number; title: string; objectives: string; version: number;
  created_by: number | null; created_at: string; updated_at: string; archived_at: string | null;
}
export interface ProcessCoverage {
  id: number; code: string; name: string; risk_level: RiskLevel; audits: number; required: number; covered: boolean;
}
export interface ProgrammeCoverage extends Programme {
  coverage: {
    units_not_audited: { id: number; code: string; name: string }[];
    standards: { standard_id: number; code: string; edition: string; clauses_not_covered: ClauseRef[] }[];
    processes: ProcessCoverage[];
  };
}

export interface ChecklistLine {
  id: number; position: number; clauses: ClauseRef[]; question: string; result: LineResult | null; evidence: string;
  finding: string | null; nonconformity_id: number | null; improvement_id: number | null;
  /** The line's evidence files, in upload order. */
  files: Attachment[]; version: number; updated_at: string;
}
export interface Audit {
  id: number; programme_id: number; unit_id: number; title: string; type: AuditType; status: AuditStatus;
  lead_auditor_id: number; team_ids: number[];
  /** People of the audited unit interviewed or answering for it; never on the audit team. */
  auditee_ids: number[]; planned_start: string; planned_end: string; agenda: string;
  summary: string | null; clauses: ClauseRef[]; process_ids: number[]; version: number; created_at: string;
  updated_at: string; closed_at: string | null; archived_at: string | null; checklist?: ChecklistLine[];
}
