import { useEffect, useRef } from 'react';
import { discardBootedPresentMap } from './presentMapHandoff.ts';
import { PRESENT_THEME } from './presentTheme.ts';
import { usePresentText } from './presentText.ts';
import { useExit } from './useExit.ts';

/**
 * The tour file could not be read (the build checks it, so this is a deployment that changed it):
 * what is wrong, and a way out by 退出 or Esc that also takes the tour out of the link, so a reload
 * opens the explorer rather than this screen again.
 */
export function TourFileError({ error, onExit }: { error: string; onExit(openPlanAt: string | null): void }) {
  const { t, tag } = usePresentText();
  const { exit } = useExit(onExit);
  const button = useRef<HTMLButtonElement>(null);
  // A map started for the tour before the mode had read its file has no step to show.
  useEffect(() => discardBootedPresentMap(), []);
  useEffect(() => {
    button.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') exit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exit]);
  return (
    <div className="present present--error" style={PRESENT_THEME} role="alert" data-testid="presentation" lang={tag}>
      <h2>{t.fileError}</h2>
      <pre>{error}</pre>
      <button ref={button} type="button" className="present__button present__button--primary" onClick={() => exit()}>
        {t.exit}
      </button>
    </div>
  );
}
