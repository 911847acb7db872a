import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { useMilestoneName } from './labels';

function names() {
  const { result } = renderHook(() => useMilestoneName(), {
    wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>,
  });
  return result.current;
}

describe('milestone names', () => {
  it('names the proposed transition audit and the edition it moves to, in the reader language', async () => {
    const transition = { milestone: 'transition_audit', sequence: 0, standard: 'iso-21001:2025' };
    await i18n.changeLanguage('vi');
    expect(names()(transition)).toBe('Đánh giá chuyển đổi phiên bản (ISO 21001:2025)');
    expect(names()({ milestone: 'surveillance', sequence: 2, standard: null })).toBe('Đánh giá giám sát lần 2');
    await i18n.changeLanguage('en');
    expect(names()(transition)).toBe('Transition audit (ISO 21001:2025)');
    expect(names()({ milestone: 'expiry', sequence: 0, standard: null })).toBe('Certificate expires');
  });
});
