import { ApiError, type Problem } from './client';

export interface FieldError {
  name: string | (string | number)[];
  errors: string[];
}

export interface MappedProblem {
  /** Errors to put beside form fields (antd `form.setFields`). */
  fields: FieldError[];
  /** What could not be placed beside a field, to show above the form. */
  general: string | null;
}

/**
 * Turns a problem document into antd form field errors. `fields` lists the form's field names; the
 * server's field name may be mapped to another form name with `aliases` (e.g. parent_id -> parent).
 */
export function mapProblem(
  problem: Problem,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): MappedProblem {
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  const place = (field: string | undefined, detail: string) => {
    const name = field ? (aliases[field] ?? field) : undefined;
    if (name && fields.includes(name)) {
      byField.set(name, [...(byField.get(name) ?? []), detail]);
    } else {
      rest.push(detail);
    }
  };
  const detail = problem.detail || problem.title || `HTTP ${problem.status}`;
  const items = (problem.errors ?? []).filter((e) => !e.row);
  if (items.length > 0) {
    for (const e of items) place(e.field, e.detail);
  } else {
    place(problem.field, detail);
  }
  return {
    fields: [...byField.entries()].map(([name, errors]) => ({ name, errors })),
    general: rest.length > 0 ? rest.join(' ') : null,
  };
}

interface FormLike {
  setFields: (fields: FieldError[]) => void;
}

/** Shows an error on the form; returns the message for a banner, if any. */
export function applyProblem(
  form: FormLike,
  error: unknown,
  fields: readonly string[],
  aliases?: Record<string, string>,
): string | null {
  if (error instanceof ApiError) {
    const mapped = mapProblem(error.problem, fields, aliases);
    if (mapped.fields.length) form.setFields(mapped.fields);
    return mapped.general;
  }
  return error instanceof Error ? error.message : String(error);
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title || error.message;
  return error instanceof Error ? error.message : String(error);
}

export function isStale(error: unknown) {
  return error instanceof ApiError && error.code === 'conflict.stale_version';
}
