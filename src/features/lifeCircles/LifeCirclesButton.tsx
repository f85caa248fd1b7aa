import { useI18n } from '../../i18n/I18n.tsx';
import { ToolButton } from '../../ui/Toolbar.tsx';

/** Opens and closes the life-circle analysis (a side panel the app shows beside the map). */
export function LifeCirclesButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const w = useI18n().m.app;
  return (
    <ToolButton data-testid="open-analysis" aria-pressed={open} onClick={onToggle}>
      {w.lifeCircles}
    </ToolButton>
  );
}
