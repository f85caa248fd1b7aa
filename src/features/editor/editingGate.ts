import { readDraft, type Draft } from './draftStore.ts';
import { loadEditingEnabled } from './editingConfig.ts';

/** Whether editing is on, and the draft an earlier session left (only looked for when it is). */
export async function editingGate(): Promise<{ enabled: boolean; draft: Draft | undefined }> {
  const enabled = await loadEditingEnabled();
  return { enabled, draft: enabled ? await readDraft() : undefined };
}
