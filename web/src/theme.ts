// The Ant Design theme and locales of the whole application.
//
// Ant Design's default blue (#1677ff, 4.1:1 on white), its grey for secondary text (rgba(0,0,0,.45) = #8c8c8c,
// 3.4:1) and its placeholder grey fall short of WCAG AA (4.5:1 for normal text). The tokens below keep the
// palette's hues and darken them until every text colour passes AA on white and on the palette's light tints
// (a selected menu entry, a tag), which the browser tests' axe scans check on every screen.
import type { ThemeConfig } from 'antd';
import viVN from 'antd/es/locale/vi_VN';
import enUS from 'antd/es/locale/en_US';
import type { Locale } from 'antd/es/locale';

/**
 * Fixed-width text (the Markdown editor, CSV) in fonts that hold Vietnamese letters with their marks precomposed:
 * the browser's generic monospace fell back to one without them and drew "kế hoạch" as "kê´hoạch".
 */
export const monoFont = "'DejaVu Sans Mono', 'Noto Sans Mono', 'Liberation Mono', Menlo, Consolas, 'Courier New', monospace";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9', // blue-7: 6.2:1 on white, 5.6:1 on the selected entry's tint
    // Darker under the pointer, not Ant Design's derived lighter blue (#2e7ae6, 4.2:1 on white, on a hovered button).
    colorPrimaryHover: '#003eb3',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorInfo: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)', // #616161: 6.1:1
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)', // a disabled field's value stays readable: 4.6:1 on its grey
    // Status colours: the text darkened, the tints behind it given as Ant Design's defaults (derived from the darker
    // seeds they came out grey, and a success tag's text stood at 2.7:1 on one).
    colorSuccess: '#237804', // 6.4:1 on its tint
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorErrorText: '#a8071a',
    colorWarningText: '#ad4e00',
    colorSuccessText: '#237804',
    // Preset tag colours write their text in shade 7, some of which (green, gold, orange, cyan, lime) fall short.
    green7: '#237804',
    cyan7: '#006d75',
    lime7: '#3f6600',
    gold7: '#874d00',
    orange7: '#ad4e00',
    yellow7: '#614700',
    volcano7: '#ad2102',
    geekblue7: '#1d39c4',
    purple7: '#531dab',
    magenta7: '#9e1068',
    red7: '#a8071a',
    blue7: '#0958d9',
    fontFamilyCode: monoFont,
  },
  components: {
    // "No data" is written in the disabled grey (#bfbfbf, 1.8:1), though nothing is disabled.
    List: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Empty: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};

const datePicker = viVN.DatePicker && {
  ...viVN.DatePicker,
  lang: { ...viVN.DatePicker.lang, placeholder: 'Chọn ngày', rangePlaceholder: ['Từ ngày', 'Đến ngày'] as [string, string] },
};

/**
 * Ant Design's Vietnamese locale with its date picker's placeholder ("choose a moment" in its words) worded as the
 * product's date fields are: a day is chosen.
 */
export const vi: Locale = { ...viVN, DatePicker: datePicker, Calendar: viVN.Calendar && { ...viVN.Calendar, lang: datePicker!.lang } };

export const en: Locale = enUS;
