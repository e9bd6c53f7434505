/** Message texts: Vietnamese by default, English with `--lang en`. */
import type { Lang, Rulebook, Text } from './types.js';

/** Fill a template; a data value may itself be a text in both languages. */
export function format(text: Text, lang: Lang, data: Readonly<Record<string, string | number | Text>> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export const RULEBOOK_NAMES: Readonly<Record<Rulebook, Text>> = {
  nd30: { vi: 'NĐ 30/2020/NĐ-CP', en: 'Decree 30/2020/NĐ-CP' },
  tt01: { vi: 'TT 01/2011/TT-BNV, văn bản trước 05/3/2020', en: 'Circular 01/2011/TT-BNV, document before 2020-03-05' },
  hd36: { vi: 'HD 36-HD/VPTW', en: 'Guide 36-HD/VPTW' },
};

export const SEVERITY_NAMES: Readonly<Record<string, Text>> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'lưu ý', en: 'info' },
};
