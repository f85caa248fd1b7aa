import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAppData } from './appData.ts';
import { needsPmtiles, registerPmtilesProtocol } from './map/tileProtocols.ts';
import { App } from './ui/App.tsx';
import './ui/app.css';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);

// The data was checked at build time; a file that cannot be fetched or read is shown, not swallowed.
loadAppData()
  .then(async (data) => {
    // A registry layer in a PMTiles archive needs the protocol before the map sets its style.
    if (needsPmtiles(data.store.layers)) await registerPmtilesProtocol();
    return data;
  })
  .then(({ plan, store, coverage }) => {
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
