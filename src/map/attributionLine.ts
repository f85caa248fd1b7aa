import type { IControl, Map as MlMap } from 'maplibre-gl';
import { htmlToText, type AttributionPart } from '../core/attributionText.ts';

/**
 * The map's attribution control, in place of MapLibre's: MapLibre writes every source's
 * `attribution` into the page as HTML (a TileJSON's, a tiles layer's from the registry), so a server
 * or a data file could put a link or an image into the control. Here the code's own parts are text
 * with links it made (checked by the one link rule), and each shown source's attribution is reduced to its words.
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
    map.on('sourcedata', (e) => (e.sourceDataType === 'metadata' || e.sourceDataType === 'visibility') && this.render());
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

  /** The words of the attribution of every source the map draws now (a TileJSON's once loaded), as MapLibre's control picks them. */
  private sourceTexts(): string[] {
    const texts: string[] = [];
    for (const tm of Object.values(this.map?.style?.tileManagers ?? {})) {
      const raw = tm.used ? tm.getSource().attribution : undefined;
      const text = raw ? htmlToText(raw) : '';
      if (text && !texts.includes(text)) texts.push(text);
    }
    return texts;
  }

  private render = (): void => {
    const el = this.el;
    if (!el) return;
    const own = this.own.map((p) => p.text).join('');
    const others = this.sourceTexts().filter((t) => !own.includes(t));
    const key = own + others.join('|');
    if (key === this.shown) return;
    this.shown = key;
    el.replaceChildren(...this.own.map(linkOrText), ...others.map((t) => ` | ${t}`));
  };
}

/** A link only where the code made one (src/map/basemaps/attribution.ts checks it with the one link rule). */
function linkOrText(p: AttributionPart): Node {
  return p.href
    ? Object.assign(document.createElement('a'), { href: p.href, target: '_blank', rel: 'noopener noreferrer', textContent: p.text })
    : document.createTextNode(p.text);
}
