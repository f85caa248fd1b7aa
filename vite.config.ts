import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { loadProject, PLAN_FILE, REGISTRY_FILE } from './src/data/loadProject.ts';

const root = import.meta.dirname;

/** Fails the build (and reports in dev) when the plan, the layer registry or any geo/ file breaks the contract. */
function geoContract(): Plugin {
  const check = () => {
    const read = (p: string) => readFileSync(resolve(root, p), 'utf8');
    loadProject(read(PLAN_FILE), read(REGISTRY_FILE), (id) => {
      try {
        return read(`geo/${id}.geojson`);
      } catch {
        return undefined;
      }
    });
  };
  return {
    name: 'geo-contract',
    buildStart() {
      check();
    },
    handleHotUpdate(ctx) {
      if (/[\\/](geo|seeds)[\\/]/.test(ctx.file)) {
        try {
          check();
        } catch (e) {
          ctx.server.config.logger.error(String((e as Error).message));
        }
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths: the build works from any static host and under any sub-path.
  base: './',
  plugins: [react(), geoContract()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
