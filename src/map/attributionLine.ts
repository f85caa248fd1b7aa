import type { IControl, Map as MlMap, MapSourceDataEvent } from 'maplibre-gl';
import { htmlToText, type AttributionPart } from '../core/attributionText.ts';
import { checkLink } from '../core/link/safeLink.ts';

/**
 * The map's attribution control, in place of MapLibre's: MapLibre writes every source's
 * `attribution` into the page as HTML (a TileJSON's, a tiles layer's from the registry), so a server
 * or a data file could put a link or an image into the control. Here the code's own parts are text
 * with links it made (checked again), and each shown source's attribution is reduced to its words.
 * Same classes as MapLibre's, so its look and the app's styles apply.
 */
export class AttributionLine implements IControl {
  private map: MlMap | null = null;
  private el: HTMLElement | null = null;
  private shown = '';

  constructor(private own: AttributionPart[]) {}

  onAdd(map: MlMap): HTMLElement {
    this.map = map;
    const el = (this.el = document.createElement('div'));
    el.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    map.on('styledata', this.render);
    map.on('sourcedata', this.onSourceData);
    this.render();
    return el;
  }

  /** Only when the map goes (the control stays for the map's life), so its listeners go with it. */
  onRemove(): void {
    this.el?.remove();
  }

  /** Replaces the code's own parts (the basemap's and the plan's). */
  set(parts: AttributionPart[]): void {
    this.own = parts;
    this.render();
  }

  private onSourceData = (e: MapSourceDataEvent): void => {
    if (e.sourceDataType === 'metadata' || e.sourceDataType === 'visibility') this.render();
  };

  /** The words of the attribution of every source a visible layer draws (a TileJSON's once loaded). */
  private sourceTexts(): string[] {
    const map = this.map;
    if (!map?.style) return [];
    const ids = new Set<string>();
    for (const id of map.getLayersOrder()) {
      const layer = map.getLayer(id) as { source?: unknown } | undefined;
      if (typeof layer?.source === 'string' && map.getLayoutProperty(id, 'visibility') !== 'none') ids.add(layer.source);
    }
    const texts: string[] = [];
    for (const id of ids) {
      const raw = (map.getSource(id) as { attribution?: unknown } | undefined)?.attribution;
      const text = typeof raw === 'string' ? htmlToText(raw) : '';
      if (text && !texts.includes(text)) texts.push(text);
    }
    return texts;
  }

  private render = (): void => {
    const el = this.el;
    if (!el) return;
    const own = this.own.map((p) => p.text).join('');
    const others = this.sourceTexts().filter((t) => !own.includes(t));
    const key = JSON.stringify([this.own, others]);
    if (key === this.shown) return;
    this.shown = key;
    el.replaceChildren(...this.own.map(linkOrText), ...others.map((t) => ` | ${t}`));
  };
}

function linkOrText(p: AttributionPart): Node {
  const checked = p.href ? checkLink(p.href) : undefined;
  if (!checked?.external) return document.createTextNode(p.text);
  return Object.assign(document.createElement('a'), { href: checked.href, target: '_blank', rel: 'noopener noreferrer', textContent: p.text });
}
