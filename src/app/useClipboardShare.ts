import { useCallback } from 'react';

/**
 * Copies the page's link. Where the clipboard is refused or missing (an insecure origin, an old
 * browser), the link is shown in a prompt to copy by hand; `onCopied` runs only on success.
 */
export function useClipboardShare(promptText: string, onCopied: () => void): () => void {
  return useCallback(() => {
    const href = window.location.href;
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(href).then(onCopied, () => window.prompt(promptText, href));
    } else {
      window.prompt(promptText, href);
    }
  }, [promptText, onCopied]);
}
