import { useI18n, useWords } from '../../i18n/I18n.tsx';
import { editor as EDITOR_ZH } from '../../i18n/zh/editor.ts';
import type { Draft } from './draftStore.ts';

/** 有未保存的编辑: restore them (enters edit mode with them) or discard them. */
export function DraftNotice({ draft, onRestore, onDiscard }: { draft: Draft; onRestore(): void; onDiscard(): void }) {
  const w = useWords('editor', EDITOR_ZH);
  const { lang } = useI18n();
  const at = new Date(draft.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <div className="tools__card editor-draft-notice" role="alert" data-testid="draft-notice">
      <p>{w.restoreNotice(Object.keys(draft.state.edits).length, at)}</p>
      <button type="button" data-testid="draft-restore" onClick={onRestore}>
        {w.restore}
      </button>{' '}
      <button type="button" data-testid="draft-discard" onClick={onDiscard}>
        {w.discard}
      </button>
    </div>
  );
}
