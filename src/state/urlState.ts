import { ID_PATTERN } from '../data/featureSchema.ts';

/**
 * What a link carries. Version 1: the selected feature and the open plan passage.
 * Parameters: `?feature=<feature id>&plan=<plan id>`.
 */
export interface UrlState {
  feature: string | null;
  plan: string | null;
}

export const EMPTY_URL_STATE: UrlState = { feature: null, plan: null };

export interface UrlParseResult {
  state: UrlState;
  /** Quiet notices for values that were ignored, to show to the user. */
  notices: string[];
}

/** The ids a link may name, so unknown ones can be ignored with a notice. */
export interface KnownIds {
  feature(id: string): boolean;
  plan(id: string): boolean;
}

const MAX_PARAM_LENGTH = 200;

function display(v: string): string {
  const s = v.length > 40 ? `${v.slice(0, 37)}…` : v;
  return JSON.stringify(s);
}

/** Reads `search` (location.search). Never throws: anything unknown or malformed is dropped with a notice. */
export function parseUrlState(search: string, known: KnownIds): UrlParseResult {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...EMPTY_URL_STATE }, notices: ['链接参数无法解析，已打开默认视图'] };
  }
  const read = (key: string, exists: (id: string) => boolean, what: string): string | null => {
    const v = params.get(key);
    if (v === null || v === '') return null;
    if (v.length > MAX_PARAM_LENGTH || !ID_PATTERN.test(v)) {
      notices.push(`链接中的${what}参数 ${display(v)} 格式不正确，已忽略`);
      return null;
    }
    if (!exists(v)) {
      notices.push(`未找到链接中的${what} ${display(v)}，已忽略`);
      return null;
    }
    return v;
  };
  return {
    state: {
      feature: read('feature', (id) => known.feature(id), '要素'),
      plan: read('plan', (id) => known.plan(id), '规划章节'),
    },
    notices,
  };
}

/** Writes the state into a query string, keeping parameters this version does not own. */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (k: string, v: string | null) => (v === null ? params.delete(k) : params.set(k, v));
  set('feature', state.feature);
  set('plan', state.plan);
  const s = params.toString();
  return s ? `?${s}` : '';
}
