import { useId, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchResults, Snippet } from './searchIndex.ts';
import { useI18n } from '../../i18n/I18n.tsx';

/** The search, loaded on first use: the pinyin dictionary is too large for the first screen. */
export type Searcher = (query: string, limit: number) => SearchResults;

export interface SearchBoxProps {
  searcher: Searcher | null;
  /** Asks for the searcher to be loaded (on first focus). */
  onWantSearcher(): void;
  onPlace(id: string): void;
  onPlanPassage(planId: string): void;
}

/**
 * One box for places and plan passages, by Chinese, English or pinyin (full or initials). Results come
 * grouped; arrow keys move, Enter opens, Esc closes. A combobox in the ARIA sense.
 */
export function SearchBox({ searcher, onWantSearcher, onPlace, onPlanPassage }: SearchBoxProps) {
  const w = useI18n().m.app;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(() => (query.trim() && searcher ? searcher(query, 8) : null), [searcher, query]);
  const flat: SearchHit[] = results ? [...results.places, ...results.plan] : [];

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    if (hit.kind === 'place') onPlace(hit.id);
    else onPlanPassage(hit.planId);
  };

  return (
    <div className="search" data-testid="search">
      <input
        ref={inputRef}
        type="search"
        className="search__input"
        placeholder={w.searchHint}
        aria-label={w.searchLabel}
        role="combobox"
        aria-expanded={open && flat.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && flat[active] ? `${listId}-${active}` : undefined}
        data-testid="search-input"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          onWantSearcher();
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, flat.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(flat[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && query.trim() && !searcher && (
        <div className="search__results" role="status">
          <p className="search__empty">{w.searchLoading}</p>
        </div>
      )}
      {open && results && (
        <div className="search__results" id={listId} role="listbox" aria-label={w.searchResults} data-testid="search-results">
          {flat.length === 0 && <p className="search__empty">{w.searchNone(query)}</p>}
          {results.places.length > 0 && (
            <p className="search__group" role="presentation">
              {w.places(results.total.places)}
            </p>
          )}
          {results.places.map((h, i) => (
            <Option key={`p-${h.id}`} hit={h} id={`${listId}-${i}`} active={active === i} onChoose={() => choose(h)} />
          ))}
          {results.plan.length > 0 && (
            <p className="search__group" role="presentation">
              {w.passages(results.total.plan)}
            </p>
          )}
          {results.plan.map((h, j) => {
            const i = results.places.length + j;
            return <Option key={`t-${h.id}`} hit={h} id={`${listId}-${i}`} active={active === i} onChoose={() => choose(h)} />;
          })}
        </div>
      )}
    </div>
  );
}

function Option({ hit, id, active, onChoose }: { hit: SearchHit; id: string; active: boolean; onChoose(): void }) {
  // Plan passages are Chinese in either interface; a place leads with its name in the interface's language.
  const en = useI18n().lang === 'en';
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={`search__option${active ? ' is-active' : ''}`}
      data-testid={hit.kind === 'place' ? 'search-place' : 'search-plan'}
      data-id={hit.id}
      // mousedown, not click: the input's blur would close the list before a click lands.
      onMouseDown={(e) => {
        e.preventDefault();
        onChoose();
      }}
    >
      <span className="search__label" lang={en ? (hit.kind === 'place' ? undefined : 'zh-CN') : undefined}>
        {en && hit.kind === 'place' ? hit.labelEn : hit.label}
      </span>
      {(hit.field === 'text' || hit.field === 'cell') && <SnippetText s={hit.snippet} zh={en} />}
      {hit.kind === 'place' && (
        <span className="search__en" lang={en ? 'zh-CN' : 'en'}>
          {en ? hit.label : hit.labelEn}
        </span>
      )}
    </div>
  );
}

/** `zh`: the snippet (plan text) sits in the English interface. */
function SnippetText({ s, zh }: { s: Snippet; zh: boolean }) {
  return (
    <span className="search__snippet" lang={zh ? 'zh-CN' : undefined}>
      {s.before}
      <mark>{s.match}</mark>
      {s.after}
    </span>
  );
}
