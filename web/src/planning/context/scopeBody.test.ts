import { describe, expect, it } from 'vitest';
import { scopeBody } from './ScopePage';

describe('scope form', () => {
  it('sends the lists one line each and every exclusion with its justification as typed', () => {
    expect(scopeBody({
      statement_vi: 'Giáo dục phổ thông', statement_en: 'General education',
      sites: ' Cơ sở 1 \n\nCơ sở 2', products: undefined,
      excluded_clauses: [{ clause_id: 12, justification: 'Không thiết kế chương trình' }, { clause_id: 13 }],
    }, 2)).toEqual({
      version: 2, statement_vi: 'Giáo dục phổ thông', statement_en: 'General education', sites: ['Cơ sở 1', 'Cơ sở 2'],
      products: [], excluded_clauses: [{ clause_id: 12, justification: 'Không thiết kế chương trình' }, { clause_id: 13, justification: '' }],
    });
  });
});
