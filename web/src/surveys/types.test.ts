import { describe, expect, it } from 'vitest';
import { percent, surveyIdIn } from './types';

describe('percent', () => {
  it('rounds a share to a whole percentage and shows a dash for none', () => {
    expect(percent(0.3333)).toBe('33%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
  });
});

describe('surveyIdIn', () => {
  it('reads the survey an improvement raised below a threshold names', () => {
    expect(surveyIdIn('Chỉ số hài lòng / Satisfaction index 33% (30), < 80%. /surveys/12?question=safety')).toBe(12);
  });
  it('finds none in a description naming no survey', () => {
    expect(surveyIdIn('Phòng học thiếu ánh sáng')).toBeNull();
    expect(surveyIdIn('/surveys/abc')).toBeNull();
  });
});
