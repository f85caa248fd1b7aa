import type { ReactNode } from 'react';

interface ToggleButtonProps {
  className: string;
  testId: string;
  /** Whether it is on. */
  on: boolean;
  /** It shows or hides a part of the page (aria-expanded) rather than switching something (aria-pressed). */
  expands?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** A button that is on or off, and says so to assistive technology. */
export function ToggleButton({ className, testId, on, expands = false, onClick, children }: ToggleButtonProps) {
  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      aria-pressed={expands ? undefined : on}
      aria-expanded={expands ? on : undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
