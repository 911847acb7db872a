import type { Principal } from '../api/types';
import type {
  Improvement, ImprovementAction, Nonconformity, NcAction, NcStatus, NcStepRecord, RootCauseMethod,
} from './types';

/** What the user is to a nonconformity: an improvement manager of its unit, and/or its named verifier. */
export interface NcRoles { manager: boolean; verifier: boolean }

/**
 * The corrective-action steps the user may take now, by the table of src/improvement/nonconformity_workflow.cc:
 * managers take every step but the verdicts on effectiveness, which are the named verifier's. The server decides.
 */
export function ncActionsFor(nc: Pick<Nonconformity, 'status' | 'archived_at'>, roles: NcRoles): NcAction[] {
  if (nc.archived_at) return [];
  const manager: Partial<Record<NcStatus, NcAction>> = {
    reported: 'contain', contained: 'analyse', cause_analysed: 'plan', action_planned: 'implement', verified: 'close',
  };
  const out: NcAction[] = [];
  const step = manager[nc.status];
  if (step && roles.manager) out.push(step);
  if (nc.status === 'implemented' && roles.verifier) out.push('verify_effective', 'verify_ineffective');
  return out;
}

/** Corrective actions are added between the root-cause analysis and implementation, by a manager. */
export function mayAddActions(nc: Pick<Nonconformity, 'status' | 'archived_at'>, manager: boolean): boolean {
  return manager && !nc.archived_at && (nc.status === 'cause_analysed' || nc.status === 'action_planned');
}

/** A manager archives a nonconformity not yet under way, or a closed one. */
export function mayArchive(nc: Pick<Nonconformity, 'status' | 'archived_at'>, manager: boolean): boolean {
  return manager && !nc.archived_at && (nc.status === 'reported' || nc.status === 'closed');
}

/** The main path of the workflow, in order (an ineffective verdict goes back from implemented to contained). */
export const NC_PATH: readonly NcStatus[] = [
  'reported', 'contained', 'cause_analysed', 'action_planned', 'implemented', 'verified', 'closed',
];

export interface StepValues {
  comment?: string; correction?: string; root_cause_method?: RootCauseMethod; root_cause?: string;
  whys?: (string | undefined)[]; categories?: string[]; effectiveness_criterion?: string;
  verification_due?: string; verifier_id?: number;
}

/**
 * The request body of a step: the record's version, the action, and only the fields that step takes (the server
 * refuses any other). Five whys send their non-blank answers, categories the chosen categories.
 */
export function ncStepBody(action: NcAction, version: number, v: StepValues): Record<string, unknown> {
  const body: Record<string, unknown> = { version, action };
  if (v.comment?.trim()) body.comment = v.comment;
  switch (action) {
    case 'contain':
      body.correction = v.correction ?? '';
      break;
    case 'analyse':
      body.root_cause_method = v.root_cause_method;
      body.root_cause = v.root_cause ?? '';
      if (v.root_cause_method === 'five_whys') body.whys = (v.whys ?? []).filter((w): w is string => !!w?.trim());
      else body.categories = v.categories ?? [];
      break;
    case 'plan':
      body.effectiveness_criterion = v.effectiveness_criterion ?? '';
      body.verification_due = v.verification_due;
      body.verifier_id = v.verifier_id;
      break;
    case 'verify_effective':
    case 'verify_ineffective':
      body.comment = v.comment ?? '';
      break;
    default:
      break;
  }
  return body;
}

/** The history in cycles, newest first: an ineffective verdict ends a cycle and the analysis starts again. */
export function stepsByCycle(steps: NcStepRecord[]): { cycle: number; steps: NcStepRecord[] }[] {
  const cycles = new Map<number, NcStepRecord[]>();
  for (const s of steps) cycles.set(s.cycle, [...(cycles.get(s.cycle) ?? []), s]);
  return [...cycles.entries()].sort((a, b) => b[0] - a[0]).map(([cycle, list]) => ({ cycle, steps: list }));
}

/** What the user is to an improvement: a manager of its unit, and/or its owner. */
export interface ImprovementRoles { manager: boolean; owner: boolean }

/** Managers accept or reject a proposal; they or the owner complete an accepted one (src/improvement/register_workflow.cc). */
export function improvementActionsFor(i: Pick<Improvement, 'status' | 'archived_at'>, roles: ImprovementRoles): ImprovementAction[] {
  if (i.archived_at) return [];
  if (i.status === 'proposed' && roles.manager) return ['accept', 'reject'];
  if (i.status === 'accepted' && (roles.manager || roles.owner)) return ['complete'];
  return [];
}

/** The default due days are the whole organisation's: set by an improvement manager of the top-level unit. */
export function maySetDueDays(user: Pick<Principal, 'grants'> | null): boolean {
  return !!user?.grants.some((g) => g.permissions.includes('manage_improvement') && g.unit_path.split('/').filter(Boolean).length === 1);
}
