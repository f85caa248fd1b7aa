import { Component, use, type ReactNode } from 'react';
import { loadPlanText, type PlanText } from '../data/planText.ts';
import { useI18n } from '../i18n/I18n.tsx';

/**
 * Renders `children` with the plan's words (src/data/planText.ts), fetched on first use: until they
 * are there it suspends (inside the caller's Suspense); if they cannot be fetched it says so in place
 * instead of breaking what is around it, and tries again the next time it is shown.
 */
export function WithPlanText({ children }: { children(text: PlanText): ReactNode }) {
  return (
    <Failed>
      <Loaded>{children}</Loaded>
    </Failed>
  );
}

function Loaded({ children }: { children(text: PlanText): ReactNode }) {
  return children(use(loadPlanText()));
}

function FailedText({ reason }: { reason: string }) {
  return (
    <p className="plan-text-error" role="alert" data-testid="plan-text-error">
      {useI18n().m.common.planTextFailed(reason)}
    </p>
  );
}

class Failed extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    return this.state.error === null ? this.props.children : <FailedText reason={this.state.error} />;
  }
}
