export type Lang = 'vi' | 'en';
export const UNIT_TYPES = [
  'department_of_education', 'university', 'college', 'upper_secondary', 'lower_secondary', 'primary',
  'kindergarten', 'continuing_education_centre', 'vocational_centre', 'corporate_training_unit', 'department', 'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const ROLES = [
  'administrator', 'top_management', 'quality_manager', 'process_owner', 'internal_auditor', 'staff', 'external_auditor',
] as const;
export type Role = (typeof ROLES)[number];
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const PERMISSIONS = [
  'view_organisation', 'manage_organisation', 'view_users', 'manage_users', 'view_actions', 'manage_actions',
  'update_own_actions', 'view_audit_log', 'view_documents', 'review_documents', 'manage_documents', 'view_processes',
  'manage_processes', 'view_improvement', 'report_nonconformities', 'manage_improvement', 'verify_improvement',
  'view_audits', 'manage_audits', 'conduct_audits', 'view_certification', 'manage_certification',
  'decide_certification', 'assess_readiness', 'view_planning', 'manage_planning', 'record_measurements',
  'manage_frameworks', 'view_surveys', 'manage_surveys', 'record_complaints', 'handle_complaints', 'manage_complaints',
  'view_competences', 'manage_competences', 'manage_training', 'view_reviews', 'manage_reviews', 'approve_reviews',
  'view_oversight', 'send_directives', 'answer_directives',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
/** A grant in force: the role on a unit (`unit_path`, e.g. "/1/7/") and what the role allows in that subtree. */
export interface PrincipalGrant {
  id: number; role: Role; unit_id: number; unit_path: string; valid_until: string | null; permissions: Permission[];
}
export interface Principal {
  id: number; email: string; full_name: string; unit_id: number; language: Lang; time_zone: string;
  grants: PrincipalGrant[];
}
export interface Session { user: Principal; csrf_token?: string; expires_at?: string }

export interface Unit {
  id: number; parent_id: number | null; code: string; name: string; type: UnitType; region: string; address: string;
  /** Overdue nonconformities of the unit (and of units below naming none) are escalated to them. */
  head_user_id: number | null;
  depth: number; path: string; version: number; created_at: string; updated_at: string; archived_at: string | null;
}
export interface User {
  id: number; unit_id: number; email: string; full_name: string; language: Lang; time_zone: string;
  has_password: boolean; version: number; created_at: string; updated_at: string; disabled_at: string | null;
}
export interface Grant {
  id: number; user_id: number; role: Role; unit_id: number; valid_until: string | null; created_at: string;
  revoked_at: string | null;
}
export interface Action {
  id: number; title: string; description: string; owner_id: number | null; unit_id: number; due_date: string | null;
  status: ActionStatus; overdue: boolean; source: { type: string; id: string } | null; version: number;
  created_by: number | null; created_at: string; updated_at: string; completed_at: string | null; archived_at: string | null;
}
export interface AuditEntry {
  id: number; at: string; user_id: number | null; user_name: string | null; address: string; request_id: string; entity: string;
  entity_id: string; operation: string; unit_path: string | null; before: Record<string, unknown> | null;
  after: Record<string, unknown> | null; hash: string; prev_hash: string;
}
export interface Token {
  id: number; name: string; created_at: string; expires_at: string; revoked_at: string | null; last_used_at: string | null;
}
export interface Standard {
  id: number; urn: string; code: string; edition: string; title_en: string; title_vi: string; clause_count: number;
  /** The day certificates to an earlier edition must have moved to this one, once published. */
  transition_deadline: string | null;
  /** A framework beyond ISO imported by an administrator (/api/v1/frameworks). */
  imported: boolean;
}
export interface Clause {
  id: number; standard_id: number; urn: string; number: string; parent_id: number | null; kind: string;
  title_en: string; title_vi: string; unconfirmed?: boolean; position: number;
}
export interface CorrespondenceEnd { clause_id: number; standard_id: number; number: string; title_en: string; title_vi: string }
export interface Correspondence {
  id: number; from: CorrespondenceEnd; to: CorrespondenceEnd; relation: 'equal' | 'subset' | 'superset' | 'intersect';
  note_en: string; note_vi: string;
}
export interface ImportRow { row: number; id: number; code?: string; email?: string }
export interface ImportResult { imported: number; rows: ImportRow[] }

export const DOCUMENT_TYPES = ['policy', 'manual', 'procedure', 'work_instruction', 'form', 'plan', 'external'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_STATUSES = ['draft', 'published', 'obsolete'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const CONFIDENTIALITIES = ['public', 'internal', 'restricted'] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];
export interface ControlledDocument {
  id: number; unit_id: number; code: string; title: string; type: DocumentType;
  confidentiality: Confidentiality; owner_id: number; review_months: number;
  status: DocumentStatus; current_revision_id: number | null;
  /** The revision under way (draft, in review, changes requested, approved); null when none is open. */
  open_revision_status?: RevisionStatus | null; effective_on: string | null; next_review_on: string | null;
  review_overdue: boolean; clause_ids: number[]; process_ids: number[]; version: number; created_by: number | null;
  created_at: string; updated_at: string; archived_at: string | null;
}
export interface SearchHit extends ControlledDocument { snippet: string }
export const REVISION_STATUSES = [
  'draft', 'in_review', 'changes_requested', 'approved', 'published', 'superseded', 'obsolete',
] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];
export const REVISION_ACTIONS = [
  'submit', 'recall', 'endorse', 'request_changes', 'rework', 'approve', 'publish', 'withdraw', 'abandon',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];
export interface RevisionSummary {
  id: number; document_id: number; number: number; change_description: string; status: RevisionStatus;
  author_id: number; approver_id: number | null; effective_on: string | null; published_at: string | null;
  content_hash: string; version: number; created_at: string; updated_at: string;
}
export interface Decision {
  id: number; user_id: number; action: RevisionAction; comment: string; content_hash: string; at: string;
}
export interface Revision extends RevisionSummary {
  content_markdown: string; content_html: string; reviewer_ids: number[]; decisions: Decision[];
}

export const PROCESS_CATEGORIES = ['management', 'core', 'support'] as const;
export type ProcessCategory = (typeof PROCESS_CATEGORIES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
/** An interaction: this process's output `what` feeds `process_id` (in `fed_by`, `process_id` is the source). */
export interface ProcessFeed { process_id: number; what: string }
export interface Process {
  id: number; unit_id: number; code: string; name: string; category: ProcessCategory; purpose: string;
  owner_id: number | null; inputs: string[]; outputs: string[]; resources: string[]; risk_level: RiskLevel;
  clause_ids: number[]; feeds: ProcessFeed[]; fed_by?: ProcessFeed[]; version: number; created_by: number | null;
  created_at: string; updated_at: string; archived_at: string | null;
}
export interface MapProcess {
  id: number; unit_id: number; code: string; name: string; category: ProcessCategory; owner_id: number | null;
  risk_level: RiskLevel;
}
export interface Interaction { from: number; to: number; what: string }
export interface ProcessMap { processes: MapProcess[]; interactions: Interaction[]; truncated: boolean }

export const EVIDENCE_STATES = ['present', 'out_of_date', 'in_draft', 'missing'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];
export interface EvidenceDocument {
  id: number; code: string; title: string; status: DocumentStatus; review_overdue: boolean; via_correspondence: boolean;
}
export interface EvidenceProcess { id: number; code: string; name: string; category: ProcessCategory; via_correspondence: boolean }
/** A kept (not disposed of) record linked to the clause. */
export interface EvidenceRecord { id: number; title: string; category: string; recorded_on: string; via_correspondence: boolean }
export interface ClauseEvidence {
  clause_id: number; number: string; title_en: string; title_vi: string; state: EvidenceState;
  documents: EvidenceDocument[]; processes: EvidenceProcess[]; records: EvidenceRecord[];
}
export interface MandatoryEvidence {
  id: number; clause_id: number; clause_number: string; type: 'maintain' | 'retain'; title_en: string; title_vi: string;
  unconfirmed: boolean; state: EvidenceState; document_ids: number[]; record_ids: number[];
}
export interface StandardEvidence {
  standard_id: number; standard: Standard; clauses: ClauseEvidence[]; mandatory: MandatoryEvidence[];
  summary: Record<EvidenceState, number> & { mandatory_total: number };
}
