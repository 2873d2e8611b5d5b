import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';

// Root is this folder whichever directory Vite is started from (npm scripts, the test setup).
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Each script, stylesheet and the page also as .br (brotli, best quality) and .gz beside it,
  // which the server sends as they are (server.ts, sirv): 280 kB of brotli for the whole app
  // instead of 330 kB compressed on the fly at the quality a request can afford (4), and no
  // compression work per visit.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Cytoscape and its layout are most of the bundle; the warning would only be noise.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
