import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './App.tsx';

/**
 * Renders the interface into `root` (React's first commit replaces whatever the page showed there:
 * the map-first page's header and map, which MapView then puts back, or a tour's loading line).
 * Its own chunk: React and the panels are fetched by src/app/main.tsx when they are needed.
 */
export function mountApp(root: HTMLElement, props: AppProps): void {
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
