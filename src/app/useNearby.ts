import { useCallback, useState } from 'react';
import type { PanelKind } from '../core/link/shareState.ts';
import type { NearbyPoint } from '../features/nearby/NearbyPanel.tsx';

export interface Nearby {
  /** The panel is on screen: opened, and no side panel opened since (they share the place). */
  shown: boolean;
  /** The point it is about, null until one is picked. */
  point: NearbyPoint | null;
  setPoint(point: NearbyPoint | null): void;
  /** The header's button; `beforeOpen` makes room (closes the side panel, asks for the focus). */
  toggle(): void;
  close(): void;
  /** A side panel opens in its place; the point is kept. */
  hide(): void;
}

/** "What is planned near here": a panel of its own, not in the URL. */
export function useNearby(panelKind: PanelKind | null, beforeOpen: () => void): Nearby {
  const [open, setOpen] = useState(false);
  const [point, setPoint] = useState<NearbyPoint | null>(null);
  const shown = open && panelKind === null;
  const toggle = useCallback(() => {
    setPoint(null);
    if (shown) {
      setOpen(false);
      return;
    }
    beforeOpen();
    setOpen(true);
  }, [shown, beforeOpen]);
  const close = useCallback(() => {
    setOpen(false);
    setPoint(null);
  }, []);
  const hide = useCallback(() => setOpen(false), []);
  return { shown, point, setPoint, toggle, close, hide };
}
