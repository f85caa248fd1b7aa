import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANG_TAG, rememberLang, type Lang } from './lang.ts';
import { loadMessages, type Messages } from './messages.ts';
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

function makeI18n(lang: Lang, m: Messages): I18n {
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
 * Provides the messages of `lang` to the tree. `preloaded` holds messages already fetched (main.tsx
 * fetches English before the first render when the page opens in English, so nothing flashes).
 * Switching loads the other language's chunk; until it arrives the current words stay.
 */
export function I18nProvider({ lang, preloaded, children }: { lang: Lang; preloaded?: Messages; children: ReactNode }) {
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
  const value = useMemo(() => makeI18n(loaded.lang, loaded.m), [loaded]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
