import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './client';
import { applyProblem, mapProblem } from './problem';

describe('mapProblem', () => {
  it('puts the detail beside the named field', () => {
    const m = mapProblem(
      { status: 409, code: 'conflict.duplicate', field: 'code', detail: 'Một bản ghi khác đã dùng giá trị này của \'code\'.' },
      ['code', 'name'],
    );
    expect(m.fields).toEqual([{ name: 'code', errors: ["Một bản ghi khác đã dùng giá trị này của 'code'."] }]);
    expect(m.general).toBeNull();
  });

  it('keeps problems about unknown fields or no field for a banner', () => {
    expect(mapProblem({ status: 403, code: 'auth.forbidden', detail: 'Not allowed' }, ['code'])).toEqual({ fields: [], general: 'Not allowed' });
    expect(mapProblem({ status: 422, field: 'parent_id', detail: 'bad parent' }, ['code']).general).toBe('bad parent');
  });

  it('maps aliases and every item of errors[] (not import rows)', () => {
    const m = mapProblem(
      {
        status: 422, detail: 'two problems',
        errors: [
          { code: 'validation.empty', field: 'name', detail: 'name empty' },
          { code: 'validation.invalid_value', field: 'kind', detail: 'bad kind' },
          { code: 'validation.invalid_value', field: 'zzz', detail: 'other' },
        ],
      },
      ['name', 'type'],
      { kind: 'type' },
    );
    expect(m.fields).toEqual([{ name: 'name', errors: ['name empty'] }, { name: 'type', errors: ['bad kind'] }]);
    expect(m.general).toBe('other');
  });

  it('puts an error about an item of a Form.List beside that item, about another list beside the whole field', () => {
    const m = mapProblem(
      {
        status: 422, detail: 'two problems',
        errors: [
          { code: 'validation.empty', field: 'feeds[1].what', detail: 'what empty' },
          { code: 'process.feeds_itself', field: 'feeds', detail: 'feeds itself' },
          { code: 'validation.empty', field: 'inputs[2]', detail: 'input empty' },
          { code: 'validation.empty', field: 'other[0].x', detail: 'elsewhere' },
        ],
      },
      ['feeds[]', 'inputs'],
    );
    expect(m.fields).toEqual([
      { name: ['feeds', 1, 'what'], errors: ['what empty'] }, { name: 'feeds', errors: ['feeds itself'] },
      { name: 'inputs', errors: ['input empty'] },
    ]);
    expect(m.general).toBe('elsewhere');
  });

  it('falls back to the title when there is no detail', () => {
    expect(mapProblem({ status: 500, title: 'Internal error' }, []).general).toBe('Internal error');
  });
});

describe('applyProblem', () => {
  it('calls form.setFields for ApiError and returns the banner text', () => {
    const form = { setFields: vi.fn() };
    const err = new ApiError({ status: 422, field: 'email', detail: 'bad e-mail' });
    expect(applyProblem(form, err, ['email'])).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([{ name: 'email', errors: ['bad e-mail'] }]);
    expect(applyProblem(form, new Error('network down'), ['email'])).toBe('network down');
  });
});
