/**
 * The interface language: Chinese (zh-CN) by default, English switchable. The URL's `lang=` wins;
 * without it, the last choice made on this device (localStorage); without that, Chinese.
 * The plan text itself is always the original Chinese.
 */
import { isLang, type Lang } from '../core/lang.ts';

// One definition for every layer (core/lang.ts); re-exported so the i18n importers keep their path.
export { isLang, LANG_TAG, LANGS, otherLang, type Lang } from '../core/lang.ts';

const STORAGE_KEY = 'plan-map:lang';

/** The language remembered on this device, or null (storage may be blocked: private mode, sandboxed frames). */
function rememberedLang(): Lang | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the URL still carries it.
  }
}

/** The language to open in: `lang=` from the URL when valid, else the remembered one, else Chinese. */
export function initialLang(search: string): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  return rememberedLang() ?? 'zh';
}
