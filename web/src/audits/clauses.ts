import type { Correspondence } from '../api/types';

/**
 * The chosen clauses followed by the clauses of the other standard that are "equal" to one of them and not yet
 * chosen, in the order of the choices: the scope of an integrated audit, where each pair shares one checklist line.
 */
export function withEqualClauses(
  ids: readonly number[],
  crosswalk: readonly Pick<Correspondence, 'from' | 'to' | 'relation'>[],
  codeOf: (standardId: number) => string | undefined = () => undefined,
): number[] {
  const out = [...ids];
  for (const id of ids) {
    for (const c of crosswalk) {
      if (c.relation !== 'equal') continue;
      // Another edition of the same standard is not the other standard: its clause would be audited twice.
      const from = codeOf(c.from.standard_id);
      if (from !== undefined && from === codeOf(c.to.standard_id)) continue;
      const other = c.from.clause_id === id ? c.to.clause_id : c.to.clause_id === id ? c.from.clause_id : null;
      if (other !== null && !out.includes(other)) out.push(other);
    }
  }
  return out;
}
