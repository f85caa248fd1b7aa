/**
 * The interface languages: Chinese (zh-CN) by default, English switchable. Here, apart from the
 * storage and URL reading (src/i18n/lang.ts), so pure modules and workers can name a language.
 * The plan text itself is always the original Chinese.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `lang` attributes and `Intl` formatters. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';
