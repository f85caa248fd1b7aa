import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANG_TAG, rememberLang, type Lang } from './lang.ts';
import { loadMessages, wordsOf, type LazyMessages, type Messages } from './messages.ts';
import { zh } from './zh/index.ts';

export interface I18n {
  lang: Lang;
  /** The BCP 47 tag of `lang`, for `lang` attributes and `Intl`. */
  tag: string;
  m: Messages;
  /** A bilingual name from the data ({zh, en}) in the interface language. */
  name: (n: { zh: string; en: string }) => string;
  /** A number in the interface language's format. */
  num: (n: number, options?: Intl.NumberFormatOptions) => string;
}

export function makeI18n(lang: Lang, m: Messages): I18n {
  const tag = LANG_TAG[lang];
  return {
    lang,
    tag,
    m,
    name: (n) => (lang === 'en' ? n.en : n.zh),
    num: (n, options) => n.toLocaleString(tag, options),
  };
}

const I18nContext = createContext<I18n>(makeI18n('zh', zh));

/**
 * The messages of `lang`, remembered on the device and set as `<html lang>`. `preloaded` holds
 * messages already fetched (main.tsx fetches English before the first render when the page opens in
 * English, so nothing flashes). Switching loads the other language's chunk; until it arrives the
 * current words stay. For the component that owns the language (App); the tree reads it with useI18n.
 */
export function useLoadedI18n(lang: Lang, preloaded?: Messages): I18n {
  const [loaded, setLoaded] = useState<{ lang: Lang; m: Messages }>(() => ({ lang, m: lang === 'zh' ? zh : (preloaded ?? zh) }));
  useEffect(() => {
    rememberLang(lang);
    document.documentElement.lang = LANG_TAG[lang];
    if (loaded.lang === lang && (lang === 'zh' || loaded.m !== zh)) return;
    let live = true;
    void loadMessages(lang).then((m) => {
      if (live) setLoaded({ lang, m });
    });
    return () => {
      live = false;
    };
  }, [lang, loaded]);
  // The tab's title follows the words shown (index.html carries the Chinese one).
  useEffect(() => {
    document.title = loaded.m.common.appTitle;
  }, [loaded]);
  return useMemo(() => makeI18n(loaded.lang, loaded.m), [loaded]);
}

/** Provides an I18n made by useLoadedI18n to the tree. */
export function I18nValue({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A lazy domain's words in the interface language; `zhWords` come with the calling chunk (messages.ts). */
export function useWords<K extends keyof LazyMessages>(key: K, zhWords: LazyMessages[K]): LazyMessages[K] {
  return wordsOf(useI18n().m, key, zhWords);
}
