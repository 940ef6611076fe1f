import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The dev server injects an inline React Refresh preamble, which the strict CSP in index.html forbids; the
// policy is only relaxed while serving in development, never in the build the hosts load.
const devCsp: Plugin = {
  name: 'tandem-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), devCsp],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Loaded from disk or 127.0.0.1, never over a network: one bundle is simpler and fast enough.
    chunkSizeWarningLimit: 1500,
  },
});
