import { useEffect, useRef, useState } from 'react';
import { LANG_TAG, otherLang, type Lang } from '../core/lang.ts';
import type { PanelKind } from '../core/link/shareState.ts';
import { SearchBox, type Searcher } from '../features/search/SearchBox.tsx';
import { useI18n } from '../i18n/I18n.tsx';
import { ToggleButton } from '../ui/ToggleButton.tsx';
import { useDismiss } from '../ui/useDismiss.ts';

/** The panels the header's buttons open, in their order. */
const HEADER_PANELS = ['list', 'coverage', 'plan'] as const;

export interface AppHeaderProps {
  lang: Lang;
  onLang(lang: Lang): void;
  searcher: Searcher | null;
  onWantSearcher(): void;
  onPlace(featureId: string): void;
  onPlanPassage(planId: string): void;
  panelKind: PanelKind | null;
  onTogglePanel(kind: PanelKind): void;
  onPresent(): void;
  onCopyLink(): void;
  /** The label of the district-wide items' button: on a phone it is in the menu, not over the map. */
  noPlaceLabel: string;
}

/** The title, the search and the buttons; on a phone the buttons fold into a menu (app.css). */
export function AppHeader(p: AppHeaderProps) {
  const { m } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  // On a phone the search waits behind its button (one header row leaves the screen to the map).
  const [searchOpen, setSearchOpen] = useState(false);
  const menuBox = useRef<HTMLDivElement>(null);
  const searchBox = useRef<HTMLDivElement>(null);
  useDismiss(menuOpen, () => setMenuOpen(false), menuBox);
  useDismiss(searchOpen, () => setSearchOpen(false), searchBox);
  useEffect(() => {
    if (searchOpen) searchBox.current?.querySelector('input')?.focus();
  }, [searchOpen]);
  return (
    <header className={`app-header${searchOpen ? ' is-searching' : ''}`}>
      <h1>
        <span className="app-header__title">{m.common.appTitle}</span>
        <span className="app-header__en" lang={LANG_TAG[otherLang(p.lang)]}>
          {m.common.appTitleOther}
        </span>
      </h1>
      <div className="app-header__box" ref={searchBox}>
        <button
          type="button"
          className="app-header__search-toggle"
          data-testid="open-search"
          aria-expanded={searchOpen}
          aria-label={m.a11y.search}
          onClick={() => setSearchOpen(!searchOpen)}
        >
          <span aria-hidden="true">⌕</span>
        </button>
        <SearchBox searcher={p.searcher} onWantSearcher={p.onWantSearcher} onPlace={p.onPlace} onPlanPassage={p.onPlanPassage} />
      </div>
      <div className="app-header__box" ref={menuBox}>
        <button
          type="button"
          className="app-header__menu"
          data-testid="open-menu"
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {m.a11y.menu}
        </button>
        <nav
          id="app-nav"
          className={`app-header__nav${menuOpen ? ' is-open' : ''}`}
          aria-label={m.app.nav}
          onClick={(e) => {
            // On a phone the menu closes once something in it is chosen.
            if ((e.target as Element).closest('button')) setMenuOpen(false);
          }}
        >
          {HEADER_PANELS.map((kind) => (
            <ToggleButton key={kind} className="app-header__plan-button" testId={`open-${kind}`} on={p.panelKind === kind} onClick={() => p.onTogglePanel(kind)}>
              {m.app[kind]}
            </ToggleButton>
          ))}
          <ToggleButton
            className="app-header__plan-button app-header__phone-only"
            testId="menu-district-wide"
            on={p.panelKind === 'district-wide'}
            onClick={() => p.onTogglePanel('district-wide')}
          >
            {p.noPlaceLabel}
          </ToggleButton>
          <button type="button" className="app-header__plan-button" data-testid="open-presentation" onClick={p.onPresent}>
            {m.app.present}
          </button>
          <button type="button" className="app-header__plan-button" data-testid="copy-link" onClick={p.onCopyLink}>
            {m.app.copyLink}
          </button>
          <LangSwitch lang={p.lang} onLang={p.onLang} />
        </nav>
      </div>
    </header>
  );
}

/** Switches the interface language; shows the other language's name in that language. */
function LangSwitch({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const { m } = useI18n();
  const other = otherLang(lang);
  return (
    <button
      type="button"
      className="app-header__plan-button"
      data-testid="lang-switch"
      lang={LANG_TAG[other]}
      title={m.common.switchToLabel}
      onClick={() => onLang(other)}
    >
      {m.common.switchTo}
    </button>
  );
}
