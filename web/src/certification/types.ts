// The certification, certificate, readiness and calendar-feed shapes of the API (api/openapi.json).

export const STEPS = [
  'registration', 'contract', 'assessment', 'documentation', 'certificate_issue', 'surveillance', 'recertification',
] as const;
export type Step = (typeof STEPS)[number];
export type StepState = 'pending' | 'current' | 'completed';
export type CertificationAction =
  | 'complete_registration' | 'sign_contract' | 'complete_assessment' | 'complete_documentation' | 'accept_decision'
  | 'begin_recertification' | 'complete_recertification' | 'repeat_stage2';
export const AUDIT_TYPES = ['stage1', 'stage2', 'surveillance', 'recertification', 'special', 'transition'] as const;
export type CertificationAuditType = (typeof AUDIT_TYPES)[number];

/** A standard edition of the catalogue (`/api/v1/standards`), as the pickers need it. */
/** A planning register counted as evidence of a clause, with why it falls short (empty when it does not). */
export interface RegisterEvidence { register: string; clause_number: string; entries: number; shortfalls: string[] }

export interface CatalogueStandard { id: number; code: string; edition: string; imported?: boolean }
/** "ISO 21001:2018" from code "iso-21001" and edition "2018". */
export const standardLabel = (s: Pick<CatalogueStandard, 'code' | 'edition'>) => `${s.code.toUpperCase().replace('ISO-', 'ISO ')}:${s.edition}`;

export interface CoveredStandard { standard_id: number; code: string; edition: string; label: string }

export interface ProjectStep {
  step: Step; number: number; state: StepState; responsible_id: number | null; planned_on: string | null;
  completed_on: string | null; note: string; record_ids: number[];
}

export interface CertificationProject {
  id: number; unit_id: number; title: string; standards: CoveredStandard[]; integrated: boolean; site_ids: number[];
  step: Step; cycle: number; stage2_repeat_after: string | null; steps: ProjectStep[]; version: number;
  body_name: string; accreditation_body: string; accreditation_number: string; created_at: string; updated_at: string;
}

export const FINDING_GRADES = ['major', 'minor', 'observation', 'opportunity_for_improvement'] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];
export interface TeamMember { name: string; role: string }
export interface CertificationAudit {
  id: number; project_id: number; type: CertificationAuditType; status: string; start_date: string;
  end_date: string; audit_days: number; team: TeamMember[]; window_justification: string | null; notes: string;
  version: number;
}
export interface CertificationFinding {
  id: number; audit_id: number; grade: FindingGrade; title: string; description: string; unit_id: number;
  nonconformity_id: number | null; improvement_id: number | null;
}
export interface CertificationAuditDetail extends CertificationAudit { findings: CertificationFinding[] }

export interface Blocker { code: string; detail: string; params: Record<string, string> }
export interface TransitionRecord {
  id: number; action: CertificationAction; from: Step; to: Step; cycle: number; user_id: number | null;
  comment: string; on_date: string; at: string;
}
export interface CertificateBrief { id: number; number: string; status: CertificateStatus; issue_date: string; expiry_date: string }

export interface CertificationProjectDetail extends CertificationProject {
  audits: CertificationAudit[]; certificates: CertificateBrief[]; history: TransitionRecord[]; blockers: Blocker[];
  actions: CertificationAction[];
}

export type CertificateStatus = 'active' | 'suspended' | 'withdrawn' | 'expired';
export const CHANGE_KINDS = [
  'suspend', 'reinstate', 'withdraw', 'extend_scope', 'reduce_scope', 'amend', 'transition_edition', 'renew',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Certificate {
  id: number; project_id: number; unit_id: number; number: string; entity_name: string; entity_address: string;
  organisation_type: string; region: string; scope_vi: string; scope_en: string; standards: CoveredStandard[];
  sites: { unit_id: number; name: string; address: string }[]; original_issue_date: string; issue_date: string;
  expiry_date: string; status: CertificateStatus; recorded_status: CertificateStatus; body_name: string;
  accreditation_body: string; accreditation_number: string; integrated: boolean; cycle_start: string; cycle: number;
  version: number;
}
export interface CertificateChange {
  id: number; kind: ChangeKind | 'issue'; reason: string; effective_on: string; before: Record<string, unknown>;
  after: Record<string, unknown>; user_id: number | null; at: string;
}
export type Standing = 'not_yet_open' | 'open' | 'due_soon' | 'late' | 'done';
export interface DueWindow {
  milestone: string; sequence: number; earliest: string; latest: string; nominal: string; standing: Standing;
  days_left: number; alert_threshold: number | null; completed_on: string | null; justification: string | null;
  standard: string | null;
}
export interface CertificateDetail extends Certificate { history: CertificateChange[]; due: DueWindow[] }
export interface DueItem extends DueWindow {
  certificate_id: number; number: string; project_id: number; unit_id: number; entity_name: string;
}

export const ASSESSMENT_STATUSES = ['not_started', 'partial', 'implemented', 'verified'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export interface ReadinessGroup { clause_id: number; number: string; title_en: string; title_vi: string; percent: number; clauses: number; ready: number }
export interface ReadinessClause {
  clause_id: number; number: string; title_en: string; title_vi: string; group: string; status: AssessmentStatus;
  assessment: { id: number; clause_id: number; status: AssessmentStatus; comment: string; version: number } | null;
  assessment_via_correspondence: boolean;
  evidence: { documents: unknown[]; records: unknown[]; processes: unknown[]; registers?: RegisterEvidence[] };
  mandatory: { id: number; type: string; title_vi: string; title_en: string; state: string }[];
  nonconformities: { id: number; severity: string; title?: string }[];
  points: number; gaps: string[];
}
export interface ReadinessReport {
  standard: { id: number; code: string; edition: string; title_vi: string; title_en: string };
  unit: { id: number; code: string; name: string };
  generated_on: string; percent: number; groups: ReadinessGroup[]; clauses: ReadinessClause[];
}

export interface CalendarFeed {
  id: number; name: string; kind: 'personal' | 'organisation'; unit_id: number | null; created_at: string;
  revoked_at: string | null; last_used_at: string | null;
}
export interface NewCalendarFeed extends CalendarFeed { token: string; url: string }
