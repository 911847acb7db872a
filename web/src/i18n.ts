import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { vi, en } from './locales';

dayjs.extend(utc);
dayjs.extend(timezone);

export type Lang = 'vi' | 'en';
export const LANG_KEY = 'eduims.language';

export function storedLanguage(): Lang | null {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(lang: Lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode */
  }
}

export function currentLanguage(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

i18n.on('languageChanged', (lng) => {
  dayjs.locale(lng === 'en' ? 'en' : 'vi');
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage() ?? 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
dayjs.locale(currentLanguage());

export default i18n;
