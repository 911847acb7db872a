import type { AuditAction, AuditStatus, LineResult } from './types';

/** What the user is to an audit: its lead auditor or a team member (who may conduct audits there), a manager of audits on the audited unit. */
export interface AuditRoles { lead: boolean; team: boolean; manager: boolean }

/**
 * The workflow steps the user may take on an audit now, by the table of src/audits/workflow.cc: the lead auditor or a
 * manager starts it, the lead auditor reports it, a manager closes it. Offered as buttons; the server decides.
 */
export function auditActionsFor(status: AuditStatus, roles: AuditRoles): AuditAction[] {
  switch (status) {
    case 'planned': return roles.lead || roles.manager ? ['start'] : [];
    case 'in_progress': return roles.lead ? ['report'] : [];
    case 'reported': return roles.manager ? ['close'] : [];
    default: return [];
  }
}

/**
 * Checklist lines are answered, and their evidence files added or removed, while the audit is in progress, by its
 * lead auditor, its team or a manager.
 */
export function mayAnswer(status: AuditStatus, roles: AuditRoles): boolean {
  return status === 'in_progress' && (roles.lead || roles.team || roles.manager);
}

/** The same people prepare the lines' questions while the audit is planned (and not cancelled). */
export function mayPrepare(a: { status: AuditStatus; archived_at: string | null }, roles: AuditRoles): boolean {
  return a.status === 'planned' && !a.archived_at && (roles.lead || roles.team || roles.manager);
}

/** A manager of audits on the unit changes or cancels the plan until the audit starts. */
export function mayReplan(a: { status: AuditStatus; archived_at: string | null }, roles: AuditRoles): boolean {
  return a.status === 'planned' && !a.archived_at && roles.manager;
}

/** The report exists once the audit is reported; its lead auditor or a manager files it as a record. */
export function reportFor(status: AuditStatus, roles: AuditRoles): { download: boolean; file: boolean } {
  const reported = status === 'reported' || status === 'closed';
  return { download: reported, file: reported && (roles.lead || roles.manager) };
}

/** What saving a line with this result raises: a nonconformity, an entry in the improvement register, or nothing. */
export function raisedBy(result: LineResult | null | undefined): 'nonconformity' | 'improvement' | null {
  if (result === 'major_nonconformity' || result === 'minor_nonconformity') return 'nonconformity';
  if (result === 'opportunity_for_improvement') return 'improvement';
  return null;
}

/** Lines answered out of all: reporting needs every line answered ("not audited" counts as an answer). */
export function answered(lines: { result: LineResult | null }[]): { answered: number; total: number } {
  return { answered: lines.filter((l) => l.result !== null).length, total: lines.length };
}
