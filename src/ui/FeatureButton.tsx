import type { ButtonHTMLAttributes } from 'react';

type FeatureButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> & {
  featureId: string;
  /** Shows the feature (on the map, or in its popup). */
  onShow(featureId: string): void;
};

/** A button for one map feature: it carries the feature's id (data-feature-id, to scroll to and to select on) and shows it. */
export function FeatureButton({ featureId, onShow, ...rest }: FeatureButtonProps) {
  return <button type="button" {...rest} data-feature-id={featureId} onClick={() => onShow(featureId)} />;
}
