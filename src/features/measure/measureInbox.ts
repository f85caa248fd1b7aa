import type { LngLat } from '../../core/geometry/anchor.ts';

/** A map event for a measurement. */
export type MeasureInput =
  | { kind: 'click' | 'move'; lngLat: LngLat; point: { x: number; y: number } }
  | { kind: 'dblclick' };

/**
 * The map's clicks from the moment a measure button is pressed. The measuring code (its state
 * machine, turf, the card) is a chunk of its own that arrives a moment later; clicks made meanwhile
 * are held and handed over when it listens, so none is lost and none selects a feature instead.
 */
export class MeasureInbox {
  private held: MeasureInput[] = [];
  private listener: ((e: MeasureInput) => void) | null = null;

  push(e: MeasureInput): void {
    if (this.listener) this.listener(e);
    else this.held.push(e);
  }

  /** Hands over what was held, then every new event; returns the unsubscribe. */
  listen(listener: (e: MeasureInput) => void): () => void {
    this.listener = listener;
    const held = this.held;
    this.held = [];
    for (const e of held) listener(e);
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }
}
