// What the record screens show about a record's retention; the server decides, these only explain and preview.
import type { RetainedRecord } from './types';

/** Disposed of; under a legal hold; still within its retention period; or due for disposal. */
export type RetentionState = 'disposed' | 'hold' | 'kept' | 'due';

/** The one state a record shows, in the order the server refuses disposal: disposed, hold, retention. */
export function retentionState(r: Pick<RetainedRecord, 'disposed_at' | 'legal_hold' | 'due_for_disposal'>): RetentionState {
  if (r.disposed_at) return 'disposed';
  if (r.legal_hold) return 'hold';
  return r.due_for_disposal ? 'due' : 'kept';
}

/**
 * The date a record is kept until, as the server computes it: `recordedOn` (YYYY-MM-DD) plus `months`, on the same
 * day of the month or the month's last day when it has fewer (31 January + 1 month = 28/29 February). Null for a
 * date or period that is not valid, so a form can preview it while the user types.
 */
export function retainUntil(recordedOn: string | null | undefined, months: number | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(recordedOn ?? '');
  if (!m || !months || !Number.isInteger(months) || months < 1) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(mo)}-${pad(Math.min(day, last))}`;
}
