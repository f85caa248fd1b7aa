/**
 * The interface languages, one list for every layer: the link state, the i18n catalogues and the
 * map's labels all speak of the same two. Chinese (zh-CN) is the default; the plan text itself is
 * always the original Chinese.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `lang` attributes and `Intl` formatters. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

/** The language the switch offers: the one not shown (there are two). */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
