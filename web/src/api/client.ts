// The one way the UI talks to the EduIMS API: same origin, session cookie, CSRF header on writes,
// Accept-Language following the UI language, problem+json turned into ApiError.

export interface ProblemItem {
  code: string;
  detail: string;
  field?: string;
  row?: string;
  [k: string]: string | undefined;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  field?: string;
  request_id?: string;
  errors?: ProblemItem[];
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  json?: unknown;
  csv?: string;
  /** An Excel workbook (.xlsx), sent as its bytes. */
  xlsx?: Blob;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let languageOf: () => string = () => 'vi';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}
export function getCsrfToken() {
  return csrfToken;
}
export function setLanguageSource(fn: () => string) {
  languageOf = fn;
}
export function setUnauthorizedHandler(fn: (() => void) | null) {
  onUnauthorized = fn;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined || v === null || v === '' || v === false) continue;
      params.set(k, String(v));
    }
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

export async function api<T = unknown>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': languageOf(),
  };
  let body: string | Blob | undefined;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.csv !== undefined) {
    headers['Content-Type'] = 'text/csv';
    body = opts.csv;
  } else if (opts.xlsx !== undefined) {
    headers['Content-Type'] = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    body = opts.xlsx;
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  const res = await fetch(buildUrl(path, opts.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: opts.signal,
  });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('Content-Type') ?? '';
  const data: unknown = type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) {
    const problem: Problem =
      data && typeof data === 'object'
        ? { status: res.status, ...(data as Partial<Problem>) }
        : { status: res.status, title: res.statusText, detail: typeof data === 'string' && data ? data : undefined };
    if (res.status === 401 && path !== '/session' && onUnauthorized) onUnauthorized();
    throw new ApiError(problem);
  }
  return data as T;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** Reads every page of a list (for small lists such as the children of one unit). */
export async function fetchAll<T>(path: string, query: Query = {}, max = 2000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api<Page<T>>(path, { query: { ...query, limit: 200, cursor } });
    out.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && out.length < max);
  return out;
}
