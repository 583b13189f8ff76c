import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { corpusPlugin } from './src/compiler/vitePlugin';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyPlugin,
} from './src/build/contentSecurityPolicy';

// DATA_DIR points the explorer at another corpus in the documented format (default: data/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    corpusPlugin({ dataDir: process.env.DATA_DIR ?? 'data' }),
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
