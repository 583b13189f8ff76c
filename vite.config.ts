import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { corpusPlugin } from './src/compiler/vitePlugin';

// DATA_DIR points the explorer at another corpus in the documented format (default: data/).
export default defineConfig({
  base: './',
  plugins: [react(), corpusPlugin({ dataDir: process.env.DATA_DIR ?? 'data' })],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
