import { useEffect, useRef, useState } from 'react';
import type { PresetId } from '../../core/basemapTypes.ts';
import type { BasemapManager, BasemapStatus } from '../../map/basemaps.ts';
import type { MapController } from '../../map/MapController.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { wordsOf } from '../../i18n/messages.ts';
import { ToggleButton } from '../../ui/ToggleButton.tsx';
import { afterStartup } from '../../ui/afterStartup.ts';
import { useDismiss } from '../../ui/useDismiss.ts';

type BasemapsModule = typeof import('./basemaps.ts');

export interface BasemapPickerProps {
  controller: MapController | null;
}

/**
 * The basemap control over the map: which basemap is shown (the embedded offline base by default),
 * the presets the configuration allows, and the one message when an online basemap fails. The
 * configuration (zod) and the basemap logic load with `import()` once the map exists, so none of it
 * is part of the first screen.
 */
export function BasemapPicker({ controller }: BasemapPickerProps) {
  const [status, setStatus] = useState<BasemapStatus | null>(null);
  const [configNotices, setConfigNotices] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useDismiss(open, () => setOpen(false), box);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const manager = useRef<BasemapManager | null>(null);
  const { m } = useI18n();
  const w = m.app;
  // The basemaps' own words (presets, messages, attribution) come with their chunk, English with the English catalogue.
  const [mod, setMod] = useState<BasemapsModule | null>(null);
  const words = mod ? wordsOf(m, 'basemap', mod.BASEMAP_ZH) : null;
  // The catalogue of the moment, for the manager made in a callback: made with the Chinese words while
  // the page was English, its first attribution (set after the map was ready) overwrote the English one.
  const messagesRef = useRef(m);
  useEffect(() => {
    messagesRef.current = m;
  });
  useEffect(() => {
    if (words) manager.current?.setWords(words);
  }, [words]);

  useEffect(() => {
    if (!controller) return;
    let cancelled = false;
    let created: BasemapManager | null = null;
    let unsubscribe: (() => void) | null = null;
    // After the map's first idle (src/ui/afterStartup.ts): the embedded base is drawn by then, and an
    // online default basemap replaces it once its code and config are here.
    void afterStartup()
      .then(() => Promise.all([import('../../map/basemapConfig.ts'), import('./basemaps.ts')]))
      .then(async ([cfg, bm]) => {
        const { config, notices } = await cfg.loadBasemapConfig();
        if (cancelled) return;
        for (const n of notices) console.warn(n);
        setConfigNotices(notices);
        setMod(bm);
        created = new bm.BasemapManager(controller, config, wordsOf(messagesRef.current, 'basemap', bm.BASEMAP_ZH));
        manager.current = created;
        unsubscribe = created.subscribe(setStatus);
        await created.choose(config.default);
      })
      .catch((e: unknown) => console.error('basemaps could not be loaded', e));
    return () => {
      cancelled = true;
      unsubscribe?.();
      created?.destroy();
      if (manager.current === created) manager.current = null;
    };
  }, [controller]);

  const presets = status?.presets ?? [];
  const labelOf = (id: PresetId | undefined) => presets.find((p) => p.id === id)?.label ?? w.offlineBase;
  const message = status?.message && dismissed !== status.messageId ? status.message : null;
  const phaseText =
    status?.phase === 'loading'
      ? w.loadingBase(labelOf(status.chosen))
      : status?.phase === 'fallback'
        ? w.fallbackBase(labelOf(status.chosen))
        : null;

  return (
    <>
      <div
        className="basemap-picker"
        data-testid="basemap-picker"
        data-basemap-chosen={status?.chosen ?? 'embedded'}
        data-basemap-shown={status?.shown ?? 'embedded'}
        data-basemap-phase={status?.phase ?? 'embedded'}
        ref={box}
      >
        {open && (
          <fieldset className="basemap-picker__list" data-testid="basemap-list">
            <legend>{w.basemap}</legend>
            {!status && <p className="basemap-picker__hint">{w.readingConfig}</p>}
            {presets.map((p) => (
              <label key={p.id} className={`basemap-picker__option${p.available ? '' : ' is-disabled'}`}>
                <input
                  type="radio"
                  name="basemap"
                  value={p.id}
                  data-testid={`basemap-option-${p.id}`}
                  checked={status?.chosen === p.id}
                  disabled={!p.available}
                  onChange={() => void manager.current?.choose(p.id)}
                />
                <span>
                  {p.label}
                  {p.reason && <span className="basemap-picker__hint"> {p.reason}</span>}
                </span>
              </label>
            ))}
            {phaseText && <p className="basemap-picker__hint">{phaseText}</p>}
            {status?.phase === 'fallback' && status.failure?.kind !== 'missing-key' && (
              <button type="button" className="basemap-picker__retry" onClick={() => void manager.current?.retryNow()}>
                {w.retry}
              </button>
            )}
            {configNotices.map((n) => (
              <p key={n} className="basemap-picker__hint basemap-picker__hint--warn">
                {n}
              </p>
            ))}
            {words && <p className="basemap-picker__hint">{words.datum}</p>}
          </fieldset>
        )}
        <ToggleButton className="basemap-picker__button" testId="basemap-button" on={open} expands onClick={() => setOpen(!open)}>
          {w.basemapIs(labelOf(status?.shown))}
          {status?.phase === 'fallback' ? w.basemapFailed : status?.phase === 'loading' ? w.basemapLoading : ''} ▴
        </ToggleButton>
      </div>
      {message && status && (
        <div className="basemap-message" role="alert" data-testid="basemap-message" data-failure={status.failure?.kind ?? 'layer-tiles'} data-message-id={status.messageId}>
          <span>{message}</span>
          <button type="button" className="icon-button" aria-label={w.closeBasemapMessage} onClick={() => setDismissed(status.messageId)}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
