import dayjs from 'dayjs';

export const DEFAULT_TZ = 'Asia/Ho_Chi_Minh';

/** A UTC instant shown as dd/MM/yyyy HH:mm in the user's time zone. */
export function formatDateTime(ts: string | null | undefined, tz: string = DEFAULT_TZ): string {
  if (!ts) return '—';
  try {
    return dayjs.utc(ts).tz(tz).format('DD/MM/YYYY HH:mm');
  } catch {
    return dayjs.utc(ts).format('DD/MM/YYYY HH:mm');
  }
}

/** A calendar date (YYYY-MM-DD) shown as dd/MM/yyyy. */
export function formatDate(d: string | null | undefined): string {
  if (!d) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : d;
}

/** Start of a local day in the user's zone, as the API's UTC timestamp. */
export function dayStartUtc(date: dayjs.Dayjs, tz: string = DEFAULT_TZ): string {
  return dayjs.tz(date.format('YYYY-MM-DD'), tz).utc().format('YYYY-MM-DDTHH:mm:ss[Z]');
}
