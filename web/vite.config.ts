import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Root is this folder whichever directory Vite is started from (npm scripts, the test setup).
const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
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
