import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { annotatePlugin } from './src/annotateServer/annotatePlugin';
import { corpusPlugin } from './src/compiler/vitePlugin';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyPlugin,
} from './src/build/contentSecurityPolicy';

// DATA_DIR points the explorer at another corpus in the documented format (default: data/).
const dataDir = process.env.DATA_DIR ?? 'data';

export default defineConfig({
  base: './',
  plugins: [
    react(),
    corpusPlugin({ dataDir }),
    // `npm run dev` only: the reader's annotation mode saves through it (docs/corpus-tools.md).
    annotatePlugin({ dataDir }),
    contentSecurityPolicyPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: false },
  preview: {
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *` },
  },
});
