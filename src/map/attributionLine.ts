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
  private box: HTMLElement | null = null;
  private el: HTMLElement | null = null;
  private shown = '';

  constructor(private own: AttributionPart[]) {}

  onAdd(map: MlMap): HTMLElement {
    this.map = map;
    // MapLibre's markup and classes: on a narrow map the line folds behind an ⓘ button (its CSS).
    const box = (this.box = document.createElement('details'));
    box.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    box.open = true;
    const button = document.createElement('summary');
    button.className = 'maplibregl-ctrl-attrib-button';
    // The same words MapLibre's own control uses (the map's `locale` option can reword them).
    const label = (map as unknown as { _getUIString?(key: string): string })._getUIString?.('AttributionControl.ToggleAttribution') ?? 'Toggle attribution';
    button.title = label;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', (e) => {
      e.preventDefault();
      box.classList.toggle('maplibregl-compact-show');
    });
    const el = (this.el = document.createElement('div'));
    el.className = 'maplibregl-ctrl-attrib-inner';
    box.append(button, el);
    map.on('styledata', this.render);
    map.on('sourcedata', (e) => (e.sourceDataType === 'metadata' || e.sourceDataType === 'visibility') && this.render());
    map.on('resize', this.fit);
    // As MapLibre's control: unfolded, it folds again once the user moves the map.
    map.on('drag', () => box.classList.remove('maplibregl-compact-show'));
    this.render();
    this.fit();
    return box;
  }

  /** Only when the map goes (the control stays for the map's life), so its listeners go with it. */
  onRemove(): void {
    this.box?.remove();
  }

  /**
   * Compact on a map 640 px wide or less, as MapLibre's control: an ⓘ that unfolds the line. Unlike
   * MapLibre's it starts folded: on a phone the unfolded credits run to three lines under the time bar.
   */
  private fit = (): void => {
    const box = this.box;
    if (!box || !this.map) return;
    const narrow = this.map.getCanvasContainer().offsetWidth <= 640;
    if (narrow === box.classList.contains('maplibregl-compact')) return;
    box.classList.toggle('maplibregl-compact', narrow);
    box.classList.remove('maplibregl-compact-show');
  };

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
