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

/** A field name of the API as an antd form name path: `feeds[0].what` -> ['feeds', 0, 'what']. */
function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/**
 * Turns a problem document into antd form field errors. `fields` lists the form's field names: `name` takes every
 * error about the field or its items (`inputs[2]`), `name[]` (an antd Form.List) puts an error about an item
 * (`feeds[0].what`) beside that item's field and one about the whole list beside the list. The server's field name
 * may be mapped to another form name with `aliases` (e.g. parent_id -> parent).
 */
export function mapProblem(
  problem: Problem,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): MappedProblem {
  const byField = new Map<string, { name: FieldError['name']; errors: string[] }>();
  const rest: string[] = [];
  const place = (field: string | undefined, detail: string) => {
    const path = field ? fieldPath(field) : [];
    const top = typeof path[0] === 'string' ? (aliases[path[0]] ?? path[0]) : '';
    const list = fields.includes(`${top}[]`);
    if (top && (list || fields.includes(top))) {
      const name = list && path.length > 1 ? [top, ...path.slice(1)] : top;
      const key = JSON.stringify(name);
      byField.set(key, { name, errors: [...(byField.get(key)?.errors ?? []), detail] });
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
    fields: [...byField.values()],
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
