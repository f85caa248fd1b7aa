import { formatCamera, roundTo } from './shareCamera.ts';
import { SHARE_PARAMS, SHARE_STATE_VERSION, type ShareContext, type ShareState } from './shareFormat.ts';

const sorted = (values: Iterable<string>) => [...values].sort();
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Writes the state as a query string (`?…`, or `''` when everything is default and nothing else is
 * there). Defaults are left out; `v=1` leads whenever any parameter of this module is written.
 * Parameters of `currentSearch` this module does not own (e.g. `tour`) are kept verbatim, after ours.
 * Lists are sorted, so equal states give equal links.
 */
export function serializeShareState(
  state: ShareState,
  currentSearch = '',
  context: Pick<ShareContext, 'defaultHiddenLayers'> = {},
): string {
  const out: string[] = [];
  const put = (key: string, value: string) => out.push(`${key}=${encodeValue(value)}`);
  if (state.camera) put('c', formatCamera(state.camera));
  if (!sameSet(state.hiddenLayers, new Set(context.defaultHiddenLayers ?? []))) put('hide', sorted(state.hiddenLayers).join(','));
  const op = sorted(state.opacity.keys())
    .map((id) => [id, roundTo(state.opacity.get(id) ?? 1, 2)] as const)
    .filter(([, v]) => v < 1)
    .map(([id, v]) => `${id}:${v}`);
  if (op.length > 0) put('op', op.join(','));
  const f = state.filter;
  if (f.statuses.size > 0) put('status', sorted(f.statuses).join(','));
  if (f.periods.size > 0) put('period', sorted(f.periods).join(','));
  if (f.themes.size > 0) put('theme', sorted(f.themes).join(','));
  if (f.subdistricts.size > 0) put('sub', sorted(f.subdistricts).join(','));
  if (state.feature !== null) put('feature', state.feature);
  if (state.plan !== null) put('plan', state.plan);
  if (state.panel !== null) put('panel', state.panel);
  if (state.year !== null) put('year', String(state.year));
  if (state.lang !== 'zh') put('lang', state.lang);
  if (state.colourBy !== 'kind') put('colour', state.colourBy);
  if (out.length > 0) out.unshift(`v=${SHARE_STATE_VERSION}`);
  out.push(...foreignParams(currentSearch));
  return out.length > 0 ? `?${out.join('&')}` : '';
}

/** Encodes like encodeURIComponent but leaves `,` and `:` readable (they are our separators). */
function encodeValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

const OWNED = new Set<string>(SHARE_PARAMS);

/** The `key=value` pieces of a query string whose key this module does not own, as they were written. */
export function foreignParams(search: string): string[] {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return [];
  return text.split('&').filter((piece) => {
    if (piece === '') return false;
    const rawKey = piece.split('=')[0] ?? '';
    let key: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    } catch {
      key = rawKey;
    }
    return !OWNED.has(key);
  });
}
