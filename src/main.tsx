import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/app.css';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);

// The data module validates the plan and every layer on load; a failure is shown, not swallowed.
Promise.all([import('./appData.ts'), import('./ui/App.tsx')])
  .then(([{ plan, store, coverage }, { App }]) => {
    root.render(
      <StrictMode>
        <App plan={plan} store={store} coverage={coverage} />
      </StrictMode>,
    );
  })
  .catch((e: unknown) => {
    root.render(
      <div className="load-error" role="alert" data-testid="load-error">
        <h1>数据加载失败 / The data could not be loaded</h1>
        <pre>{e instanceof Error ? e.message : String(e)}</pre>
      </div>,
    );
  });
