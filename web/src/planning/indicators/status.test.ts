import { describe, expect, it } from 'vitest';
import { statusOf, thresholdAgrees, toCsv } from './status';

describe('indicator status', () => {
  it('is green at the target, amber up to the threshold and red past it, in either direction', () => {
    expect(statusOf('higher', 90, 80, 90)).toBe('green');
    expect(statusOf('higher', 90, 80, 85)).toBe('amber');
    expect(statusOf('higher', 90, 80, 79)).toBe('red');
    expect(statusOf('lower', 5, 10, 5)).toBe('green');
    expect(statusOf('lower', 5, 10, 10)).toBe('amber');
    expect(statusOf('lower', 5, 10, 11)).toBe('red');
  });
  it('refuses a threshold on the good side of the target', () => {
    expect(thresholdAgrees('higher', 90, 95)).toBe(false);
    expect(thresholdAgrees('higher', 90, 80)).toBe(true);
    expect(thresholdAgrees('lower', 5, 3)).toBe(false);
  });
});

describe('CSV export', () => {
  it('quotes what needs it and neutralises formulas but not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['x, y', '=SUM(A1)'], [-5, null]])).toBe('a,b\r\n"x, y",\'=SUM(A1)\r\n-5,\r\n');
  });
});
