// The nonconformities and improvement register API as the web sees it (api/openapi.json: Nonconformity,
// NonconformityStep, Improvement, NonconformityDashboard).
import type { ClauseRef } from '../audits/types';

export const NC_SOURCES = [
  'internal_audit', 'external_audit', 'complaint', 'appeal', 'satisfaction_survey', 'process_indicator', 'other',
] as const;
export type NcSource = (typeof NC_SOURCES)[number];
export const SEVERITIES = ['major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const NC_STATUSES = [
  'reported', 'contained', 'cause_analysed', 'action_planned', 'implemented', 'verified', 'closed',
] as const;
export type NcStatus = (typeof NC_STATUSES)[number];
export const NC_ACTIONS = [
  'contain', 'analyse', 'plan', 'implement', 'verify_effective', 'verify_ineffective', 'close',
] as const;
export type NcAction = (typeof NC_ACTIONS)[number];
export const ROOT_CAUSE_METHODS = ['five_whys', 'categories'] as const;
export type RootCauseMethod = (typeof ROOT_CAUSE_METHODS)[number];
export const CAUSE_CATEGORIES = [
  'people', 'methods', 'materials', 'facilities', 'measurement', 'environment', 'management', 'communication',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

export interface RootCause { method: RootCauseMethod; summary: string; whys?: string[]; categories?: CauseCategory[] }

export interface Nonconformity {
  id: number; unit_id: number; title: string; description: string; source: NcSource; severity: Severity;
  status: NcStatus; detected_on: string; due_date: string; overdue: boolean; repeat: boolean; repeat_of: number | null;
  audit_id: number | null;
  /** Sent up to the head of the unit once its current due date passed while it was open. */
  escalation: { due_date: string; escalated_at: string; unit_id: number; head_user_id: number | null } | null;
  clauses: ClauseRef[]; correction: string | null; root_cause: RootCause | null; effectiveness_criterion: string | null;
  verification_due: string | null; verifier_id: number | null; cycle: number; reported_by: number | null;
  version: number; created_at: string; updated_at: string; closed_at: string | null; archived_at: string | null;
  steps?: NcStepRecord[];
}
/** One step as it was taken; `details` holds what it decided (correction, root cause, plan). */
export interface NcStepRecord {
  id: number; action: NcAction; from: NcStatus; to: NcStatus; cycle: number; user_id: number | null; comment: string;
  details: {
    correction?: string; root_cause_method?: RootCauseMethod; root_cause?: string; whys?: string[];
    categories?: CauseCategory[]; effectiveness_criterion?: string; verification_due?: string; verifier_id?: number;
  };
  at: string;
}
export interface DueDays { major_days: number; minor_days: number; version: number }

export const IMPROVEMENT_SOURCES = [
  'internal_audit', 'external_audit', 'nonconformity', 'complaint', 'satisfaction_survey', 'suggestion',
  'management_review', 'risk_assessment', 'process_indicator', 'other',
] as const;
export type ImprovementSource = (typeof IMPROVEMENT_SOURCES)[number];
export const IMPROVEMENT_STATUSES = ['proposed', 'accepted', 'rejected', 'completed'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
export const IMPROVEMENT_ACTIONS = ['accept', 'reject', 'complete'] as const;
export type ImprovementAction = (typeof IMPROVEMENT_ACTIONS)[number];

export interface Improvement {
  id: number; unit_id: number; title: string; description: string; source: ImprovementSource; owner_id: number | null;
  expected_benefit: string; status: ImprovementStatus; outcome: string | null; decision_comment: string | null;
  proposed_by: number | null; version: number; created_at: string; updated_at: string; closed_at: string | null;
  archived_at: string | null;
}

export const AGE_BUCKETS = ['0_30', '31_90', '91_180', 'over_180'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export interface ParetoBar { count: number; cumulative_percent: number; clause_id?: number; urn?: string; number?: string; category?: CauseCategory }
export interface NcDashboard {
  open_by_severity: Record<Severity, number>;
  open_by_age_days: Record<AgeBucket, number>;
  open_by_unit: { unit_id: number; code: string; name: string; count: number }[];
  overdue: number;
  mean_days_to_close: number | null;
  pareto_by_clause: ParetoBar[];
  pareto_by_cause: ParetoBar[];
}
