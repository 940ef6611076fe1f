import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The participant page: its own small bundle (budget 150 kB of JavaScript gzipped), served by a workshop session on
 * the LAN over plain http — so it uses no Web Crypto, no service worker and no clipboard API.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/participant',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
  },
});
