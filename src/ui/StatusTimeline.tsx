import { STATUS_WORDS } from '../core/vocabulary.ts';
import { checkLink } from '../core/link/safeLink.ts';
import { lightPalette } from '../core/palette.ts';
import { currentStatus, statusInYear, type StatusEntry, type StatusSource } from '../core/statusHistory.ts';
import { planPlaceOf } from '../core/plan/planRefPlace.ts';
import type { Plan } from '../core/plan/types.ts';
import { useI18n, useWords } from '../i18n/I18n.tsx';
import { feature as FEATURE_ZH } from '../i18n/zh/feature.ts';

export interface StatusTimelineProps {
  history: readonly StatusEntry[];
  /** The time control's year: the status shown is the one as of its end (null: the current one). */
  year: number | null;
  /** Where a plan-id source sits in the plan, said in English before its Chinese quote. */
  plan?: Plan | undefined;
  onOpenPlan(ref: string): void;
  planHref(ref: string): string;
  /** Only the status shown ('status') or only its source and history ('record', folded on the phone's sheet); both by default. */
  part?: 'status' | 'record' | undefined;
}

/**
 * A feature's status in its popup: the status as of the chosen year (or "no record by then", never a
 * guess) with its date and source, and, when there is more to tell, the whole dated history, oldest
 * first, the entry in force marked. Sources are text, plan links or checked outside links.
 */
export function StatusTimeline({ history, year, plan, onOpenPlan, planHref, part }: StatusTimelineProps) {
  const { name } = useI18n();
  const w = useWords('feature', FEATURE_ZH);
  const shown = statusInYear({ statusHistory: history }, year);
  const latest = currentStatus({ statusHistory: history });
  const source = (s: StatusSource) => <Source source={s} plan={plan} onOpenPlan={onOpenPlan} planHref={planHref} />;
  return (
    <>
      {part !== 'record' && (
        <p className="feature-popup__status" data-testid="feature-status" data-year={year ?? undefined}>
          {shown ? (
            <>
              <span className="status-badge" style={{ background: lightPalette.status[shown.status] }} data-status={shown.status}>
                {name(STATUS_WORDS[shown.status])}
              </span>{' '}
              <span className="feature-popup__asof">{w.asOf(shown.asOf)}</span>
            </>
          ) : (
            <>
              <span className="status-badge status-badge--none" data-status="none">
                {w.noRecord}
              </span>{' '}
              <span className="feature-popup__asof">{w.noRecordBy(year ?? 0)}</span>
            </>
          )}
          {year !== null && shown && <span className="feature-popup__asof">{w.atYearEnd(year)}</span>}
        </p>
      )}
      {part !== 'status' && shown && (
        <p className="feature-popup__source" data-testid="feature-status-source">
          {w.source}
          {source(shown.source)}
        </p>
      )}
      {part !== 'status' && (history.length > 1 || shown !== latest) && (
        <section className="status-timeline" data-testid="status-timeline" aria-label={w.timeline}>
          <h3 className="status-timeline__title">{w.timeline}</h3>
          <ol>
            {history.map((e) => (
              <li
                key={e.asOf}
                className={e === shown ? 'status-timeline__entry status-timeline__entry--shown' : 'status-timeline__entry'}
                data-testid="status-entry"
                data-status={e.status}
                data-as-of={e.asOf}
                aria-current={e === shown ? 'true' : undefined}
              >
                <time dateTime={e.asOf}>{e.asOf}</time>{' '}
                <span className="status-timeline__swatch" style={{ background: lightPalette.status[e.status] }} aria-hidden="true" />
                <strong>{name(STATUS_WORDS[e.status])}</strong>
                <span className="status-timeline__source">
                  {w.sourceShort}
                  {source(e.source)}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** A status source: the plan passage as a link, a named document as text, and a checked outside link. */
function Source({ source, plan, onOpenPlan, planHref }: { source: StatusSource; plan: Plan | undefined; onOpenPlan(ref: string): void; planHref(ref: string): string }) {
  const { lang } = useI18n();
  const w = useWords('feature', FEATURE_ZH);
  const zhOnly = lang === 'zh' ? undefined : 'zh-CN';
  const { ref } = source;
  const place = ref && plan ? planPlaceOf(plan, ref) : null;
  return (
    <>
      {place && w.sourcePlace(place)}
      {ref ? (
        <a
          className="plan-link plan-link--inline"
          href={planHref(ref)}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            onOpenPlan(ref);
          }}
          lang={zhOnly}
        >
          {source.label}
        </a>
      ) : (
        <span lang={zhOnly}>{source.label}</span>
      )}
      <OutsideLink url={source.url} label={w.external} host={w.host} />
    </>
  );
}

/**
 * A link from data, only when it goes where it says (src/core/link/safeLink.ts), with its host shown
 * next to it when it leaves the app, so a reader sees where it goes before following it.
 */
function OutsideLink({ url, label, host }: { url: string | undefined; label: string; host(h: string): string }) {
  const checked = url ? checkLink(url, typeof window === 'undefined' ? undefined : window.location.origin) : undefined;
  if (!url || !checked) return null;
  return (
    <>
      {' '}
      <a href={checked.external ? checked.href : url} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
      {checked.external && <span className="feature-popup__host">{host(checked.host)}</span>}
    </>
  );
}
