import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import i18n, { LANG_KEY } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

function Label() {
  const { t } = useTranslation();
  return <h1>{t('login.title')}</h1>;
}

describe('LanguageSwitch', () => {
  it('switches the visible strings and remembers the choice', async () => {
    await i18n.changeLanguage('vi');
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitch />
        <Label />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Đăng nhập');
    expect(screen.getByRole('radiogroup', { name: 'Ngôn ngữ' })).toBeInTheDocument();
    fireEvent.click(screen.getByText('EN'));
    await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('Log in'));
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
    fireEvent.click(screen.getByText('VI'));
    await waitFor(() => expect(screen.getByRole('heading')).toHaveTextContent('Đăng nhập'));
    expect(localStorage.getItem(LANG_KEY)).toBe('vi');
  });
});
