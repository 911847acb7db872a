// How the audit trail screen words an entry: the kind of record, what was done to it and where from, in the reader's
// language. The server records code names ("certification_project", "transition:accept_decision", "local"); a step
// of a workflow is worded as the screen of that record words its button, so the trail and the screen agree.
import type { TFunction } from 'i18next';

/** Every kind of record the server writes to the trail (src/**: audit::Append). */
export const ENTITIES = [
  'unit', 'user', 'role_grant', 'session', 'api_token', 'action', 'document', 'revision', 'attachment', 'process', 'record',
  'standard', 'crosswalk', 'audit_programme', 'audit', 'checklist_line', 'nonconformity', 'nonconformity_due_days',
  'improvement', 'certification_project', 'certification_audit', 'certification_finding', 'certificate', 'calendar_feed',
  'readiness_assessment', 'clause',
  'risk', 'risk_matrix',
  // Objectives and indicators (issue 18).
  'objective', 'indicator', 'measurement',
  'framework', 'framework_mapping',
  'context_issue', 'interested_party', 'party_requirement', 'unit_scope', 'planned_change',
  // Complaints and appeals (issue 19).
  'complaint', 'complaint_settings',
  // Management reviews (issue 21).
  'management_review',
  // Directives and reporting requests (issue 21).
  'directive', 'directive_answer',
  // Notifications (issue 21): a person's choice of delivery.
  'notification_preference',
  // Surveys (issue 19).
  'questionnaire', 'questionnaire_version', 'survey',
  // Competence and training (issue 20).
  'competence', 'competence_requirement', 'competence_holding', 'people_settings', 'training',
  // Recruitment (ISO 21001 7.1.2, issue 20).
  'recruitment_process', 'recruitment',
  // The evaluation of training (issue 20, 7.2 d).
  'training_reaction', 'training_evaluation',
] as const;

/** Operations worded the same whatever the record. */
export const OPERATIONS = [
  'create', 'update', 'archive', 'import', 'move', 'disable', 'revoke', 'remove', 'login', 'logout', 'login_failed',
  'comment', 'distribute', 'acknowledge', 'dispose', 'escalate', 'load', 'renumber', 'clause_renumbered',
  'review', 'materialised', 'risk_level',
  'correct',
  'minutes', 'output',
  'publish', 'add_codes',
  'delete', 'add_session', 'invite', 'attendance', 'result',
] as const;

/** Where the words for a step `X` of "transition:X" (or a revision's action, or "change:X") live, by record. */
const STEP_KEYS: Record<string, string> = {
  action: 'status',
  revision: 'documents.workflow',
  document: 'documents.workflow', // publishing or withdrawing a revision changes its document too
  audit: 'audits.workflow',
  nonconformity: 'improvement.nc.workflow',
  improvement: 'improvement.improvements.workflow',
  certification_project: 'certification.projects.actions',
  certification_audit: 'certification.audits.transitions',
  certificate: 'certification.certificates.kinds',
  planned_change: 'planningContext.changes.decisions',
  complaint: 'complaints.steps',
  survey: 'surveys.surveys.statuses',
  directive_answer: 'directives.steps',
  recruitment: 'people.recruitment.actions',
};

export function entityLabel(t: TFunction, entity: string): string {
  return t(`audit.entities.${entity}`, { defaultValue: entity });
}

export function operationLabel(t: TFunction, entity: string, operation: string): string {
  const [verb, step] = operation.includes(':') ? operation.split(':', 2) : [operation, undefined];
  if (step !== undefined) {
    const words = verb === 'update_step'
      ? t(`certification.projects.stepNames.${step}`, { defaultValue: step })
      : t(`${STEP_KEYS[entity] ?? 'audit.operations'}.${step}`, { defaultValue: step });
    return t(`audit.operations.${verb}`, { step: words, defaultValue: operation });
  }
  if ((OPERATIONS as readonly string[]).includes(operation)) return t(`audit.operations.${operation}`);
  // A revision's decisions are its workflow's actions themselves ("submit", "endorse").
  return t(`${STEP_KEYS[entity] ?? 'audit.operations'}.${operation}`, { defaultValue: operation });
}

/** "local": a change the server made itself (the demo data, a scheduled job), not one from a network address. */
export function addressLabel(t: TFunction, address: string): string {
  return address === 'local' || address === '' ? t('audit.localAddress') : address;
}
