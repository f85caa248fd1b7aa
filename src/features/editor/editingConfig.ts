import { configFileSchema } from '../../map/basemapConfig.ts';

/**
 * Whether the planners' editor is offered: `config.json` next to the page says
 * `"editing": {"enabled": true}`. Absent, unreachable, broken or anything else: no editor (a public
 * deployment sets false or leaves the key out). Loaded with import() after the first screen.
 */
export function editingEnabledIn(text: string): boolean {
  try {
    const r = configFileSchema.safeParse(JSON.parse(text));
    return r.success && r.data.editing?.enabled === true;
  } catch {
    return false;
  }
}

export async function loadEditingEnabled(o: { url?: string; fetch?: typeof fetch } = {}): Promise<boolean> {
  try {
    const res = await (o.fetch ?? fetch)(o.url ?? new URL('config.json', document.baseURI).href, { cache: 'no-cache', signal: AbortSignal.timeout(8000) });
    return res.ok && editingEnabledIn(await res.text());
  } catch {
    return false;
  }
}
