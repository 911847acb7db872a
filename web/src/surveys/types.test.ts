import { describe, expect, it } from 'vitest';
import { percent } from './types';

describe('percent', () => {
  it('rounds a share to a whole percentage and shows a dash for none', () => {
    expect(percent(0.3333)).toBe('33%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
  });
});
