import { useContext } from 'react';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SessionContext } from '../session';
import i18n, { rememberLanguage, type Lang } from '../i18n';

/** VI / EN switch; the choice is remembered in this browser and saved to the profile when logged in. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const session = useContext(SessionContext);
  const current: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const change = async (lang: Lang) => {
    if (session) return session.setLanguage(lang);
    rememberLanguage(lang);
    await i18n.changeLanguage(lang);
  };
  return (
    <div role="radiogroup" aria-label={t('lang.label')} style={{ display: 'inline-block' }}>
    <Radio.Group
      optionType="button"
      size={size}
      value={current}
      onChange={(e) => void change(e.target.value as Lang)}
      options={[
        { value: 'vi', label: <span lang="vi" title={t('lang.vi')}>VI</span> },
        { value: 'en', label: <span lang="en" title={t('lang.en')}>EN</span> },
      ]}
    />
    </div>
  );
}
