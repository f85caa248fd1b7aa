import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';
import type { Lang } from '../../core/lang.ts';

/* The English one-line summaries under the (Chinese) plan's headings, and the interface language tag. */

/** Plan id → a one-line English summary (src/i18n/en/planSummaries.ts); null in Chinese. */
export type Summaries = Readonly<Record<string, string>> | null;

/** The English summaries, fetched only in English (they are a chunk of their own, never in the first screen). */
export function usePlanSummaries(lang: Lang): Summaries {
  const [summaries, setSummaries] = useState<Summaries>(null);
  useEffect(() => {
    if (lang !== 'en') return;
    let live = true;
    void import('../../i18n/en/planSummaries.ts').then((m) => {
      if (live) setSummaries(m.planSummariesEn);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return lang === 'en' ? summaries : null;
}

/** The English summary under a heading of the (Chinese) plan text. */
export function Summary({ of, summaries }: { of: string; summaries: Summaries }) {
  const text = summaries?.[of];
  return text ? (
    <p className="plan-summary" lang="en" data-testid="plan-summary" data-plan-ref={of}>
      {text}
    </p>
  ) : null;
}

/**
 * The `lang` of the panel's own words inside the plan's body (which is `zh-CN`): undefined in
 * Chinese, where they agree.
 */
export function useUiLang(): string | undefined {
  const { lang, tag } = useI18n();
  return lang === 'zh' ? undefined : tag;
}

