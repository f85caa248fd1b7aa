import { useEffect, useMemo, useRef, useState } from 'react';
import { boundsOf, type LngLat } from '../../core/geometry/bbox.ts';
import type { PlanFeature } from '../../core/featureSchema.ts';
import type { FeatureStore } from '../../core/featureStore.ts';
import { STATUS_WORDS } from '../../core/vocabulary.ts';
import { statusSlugInYear } from '../../core/statusHistory.ts';
import { useStatusYear } from '../../ui/statusYear.tsx';
import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { nearby as zhNearby } from '../../i18n/zh/nearby.ts';
import type { MapController } from '../../map/MapController.ts';
import { nearbyOverlay } from '../../map/overlays/toolOverlays.ts';
import { lightPalette } from '../../core/palette.ts';
import { formatDistance, nearbyFeatures, radiusCircle, subdistrictAt, type NearbyItem } from './nearby.ts';
import { featuresWithPurpose } from '../../core/layerPurpose.ts';
import { figureOf } from '../../core/geometry/figure.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { FeatureButton } from '../../ui/FeatureButton.tsx';
import { ToggleButton } from '../../ui/ToggleButton.tsx';

/** Where "near here" is: a point picked on the map, the device's location, or the map's centre (keyboard). */
export interface NearbyPoint {
  at: LngLat;
  source: 'map' | 'location' | 'centre';
}

type LocateState = 'idle' | 'locating' | 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export interface NearbyPanelProps {
  store: FeatureStore;
  controller: MapController | null;
  /** What the list panel shows (filters and hidden layers applied). */
  features: PlanFeature[];
  /** Kept by the app, so the list survives the panel giving way to another one. */
  point: NearbyPoint | null;
  onPoint(point: NearbyPoint): void;
  onSelect(id: string): void;
  onClose(): void;
}

/**
 * "What is planned near here": the next tap on the map (or the device's location, or the map's
 * centre) picks a point; the plan items within 1 km are listed nearest first, and the 1 km circle is
 * drawn on the map while the list is open. Each row opens its feature's popup.
 */
export function NearbyPanel({ store, controller, features, point, onPoint, onSelect, onClose }: NearbyPanelProps) {
  const { tag, name } = useI18n();
  const w = useWords('nearby', zhNearby);
  const year = useStatusYear();
  const [picking, setPicking] = useState(point === null);
  const [locate, setLocate] = useState<LocateState>('idle');
  const panelRef = useRef<HTMLElement>(null);
  const latestOnPoint = useRef(onPoint);
  useEffect(() => {
    latestOnPoint.current = onPoint;
  });

  // While picking, the map's next click is the point (it selects nothing). Esc stops picking.
  useEffect(() => {
    if (!picking || !controller) return;
    controller.setClickTool({
      click: ({ lngLat }) => {
        setPicking(false);
        latestOnPoint.current({ at: lngLat, source: 'map' });
      },
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPicking(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      controller.setClickTool(null);
      window.removeEventListener('keydown', onKey);
    };
  }, [picking, controller]);

  const result = useMemo(() => (point ? nearbyFeatures(point.at, features) : null), [point, features]);
  const inSub = useMemo(() => (point ? subdistrictAt(point.at, featuresWithPurpose(store, 'subdistricts')) : null), [point, store]);

  // The circle and its centre on the map; the camera fits the circle into what the sheet leaves free.
  const overlay = useMemo(() => (controller ? nearbyOverlay(controller.overlayPalette) : null), [controller]);
  useEffect(() => {
    if (!controller || !overlay || !point) return;
    const circle = radiusCircle(point.at);
    overlay.setData({
      type: 'FeatureCollection',
      features: [circle, { type: 'Feature', geometry: { type: 'Point', coordinates: point.at }, properties: {} }],
    });
    void controller.addOverlay(overlay);
    void controller.showBounds(boundsOf(circle.geometry), panelRef.current);
  }, [controller, overlay, point]);
  useEffect(
    () => () => {
      if (overlay) controller?.removeOverlay(overlay);
    },
    [controller, overlay],
  );

  const locateMe = () => {
    // Browsers give no location outside a secure context (https or localhost).
    if (!('geolocation' in navigator) || !window.isSecureContext) {
      setLocate('unsupported');
      return;
    }
    setPicking(false);
    setLocate('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocate('idle');
        latestOnPoint.current({ at: [pos.coords.longitude, pos.coords.latitude], source: 'location' });
      },
      (err) => setLocate(err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const status = picking ? w.picking : locate === 'idle' ? '' : w[locate];
  const row = (item: NearbyItem) => {
    const p = item.feature.properties;
    const shown = statusSlugInYear(item.feature, year);
    const layer = store.layers.find((l) => l.id === p.layer);
    // The picked point is exact; the feature's own accuracy decides how the distance is shown.
    const fig = figureOf(item.distanceM, 'distance', [p.accuracy]);
    return (
      <li key={p.id}>
        <FeatureButton className="nearby__row" data-testid="nearby-row" featureId={p.id} data-distance-m={item.distanceM.toFixed(1)} onShow={onSelect}>
          <span className="nearby__name">{name(p.name)}</span>
          <span className="nearby__meta">
            <strong className="nearby__distance">
              {fig.below !== undefined ? `< ${formatDistance(fig.below, tag)}` : formatDistance(fig.value, tag)}
              {item.distanceM === 0 ? ` · ${w.inside}` : ''}
              {fig.schematic && (
                <span className="figure-mark" data-testid="figure-mark" title={w.schematicTitle}>
                  {w.schematic}
                </span>
              )}
            </strong>
            {' · '}
            <span className="swatch swatch--dot" style={{ background: lightPalette.status[shown ?? 'existing'] }} aria-hidden="true" />{' '}
            <span data-status={shown ?? 'none'}>{shown ? name(STATUS_WORDS[shown]) : w.noRecord}</span>
            {' · '}
            {layer ? name(layer.name) : p.layer}
          </span>
        </FeatureButton>
      </li>
    );
  };

  return (
    <SidePanel title={w.title} testId="nearby-panel" onClose={onClose} panelRef={panelRef}>
      <div className="plan-panel__body nearby">
        {!point && !picking && <p>{w.intro}</p>}
        <div className="nearby__actions">
          <ToggleButton className="nearby__action" testId="nearby-pick" on={picking} onClick={() => setPicking(!picking)}>
            {picking ? w.cancelPick : point ? w.pickAgain : w.pickOnMap}
          </ToggleButton>
          <button type="button" className="nearby__action" data-testid="nearby-locate" disabled={locate === 'locating'} onClick={locateMe}>
            {w.useLocation}
          </button>
          <button
            type="button"
            className="nearby__action"
            data-testid="nearby-centre"
            disabled={!controller}
            onClick={() => {
              if (!controller) return;
              setPicking(false);
              onPoint({ at: controller.getCamera().center, source: 'centre' });
            }}
          >
            {w.useCentre}
          </button>
        </div>
        <p className="nearby__status" role="status" data-testid="nearby-status" data-locate={locate}>
          {status}
        </p>
        {point && result && !picking && (
          <>
            <p className="nearby__summary" data-testid="nearby-summary">
              {w.from[point.source]} · {result.within.length ? w.count(result.within.length) : w.none}
            </p>
            {inSub && (
              <p className="nearby__subdistrict" data-testid="nearby-subdistrict" data-state={inSub.state}>
                {inSub.state === 'in' ? w.subdistrictIn(name(inSub.feature.properties.name)) : inSub.state === 'outside' ? w.subdistrictOutside : w.noSubdistricts}
              </p>
            )}
            {result.within.length > 0 && (
              <ol className="nearby__list" aria-label={w.listLabel} data-testid="nearby-list">
                {result.within.map(row)}
              </ol>
            )}
            {result.within.length === 0 && result.nearest && (
              <>
                <p className="nearby__summary">{w.nearest}</p>
                <ol className="nearby__list">{row(result.nearest)}</ol>
              </>
            )}
            <p className="nearby__note">{w.note}</p>
          </>
        )}
      </div>
    </SidePanel>
  );
}
