// Pure helpers of the distribution screens: the targets the form sends, and the readership report's rows.
import type { Role } from '../api/types';
import type { DistributionTarget, PendingReader, Readership, UnitReadership } from './types';

/** The form's rows as the API's targets: rows without a unit dropped, an empty role meaning everyone, duplicates once. */
export function targetsBody(rows: ({ unit_id?: number | null; role?: Role | null } | undefined)[]): DistributionTarget[] {
  const seen = new Set<string>();
  const out: DistributionTarget[] = [];
  for (const row of rows) {
    if (!row?.unit_id) continue;
    const target = { unit_id: row.unit_id, role: row.role ?? null };
    const key = `${target.unit_id}/${target.role ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(target);
  }
  return out;
}

const byName = new Intl.Collator('vi', { sensitivity: 'base' });

export interface UnitReport extends UnitReadership {
  /** This unit's addressees who have not read it, among those the server listed, in Vietnamese alphabetical order. */
  pending: PendingReader[];
}

/** One row per unit, the units in Vietnamese alphabetical order, each with its pending readers. */
export function unitReports(r: Readership): UnitReport[] {
  const pending = new Map<number, PendingReader[]>();
  for (const p of r.pending) pending.set(p.unit_id, [...(pending.get(p.unit_id) ?? []), p]);
  return [...r.units]
    .sort((a, b) => byName.compare(a.unit_name, b.unit_name))
    .map((u) => ({ ...u, pending: (pending.get(u.unit_id) ?? []).sort((a, b) => byName.compare(a.full_name, b.full_name)) }));
}

/** How many have not read it beyond those the server named (it names the first 100). */
export function unlisted(r: Readership): number {
  return Math.max(0, r.addressees - r.acknowledged - r.pending.length);
}
