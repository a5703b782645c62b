/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the Vite server stands in for nginx: /api/<service>/v1/... goes to the service's
// /api/v1/... on the ports `npm start` uses.
const SERVICE_PORTS = { intake: 3001, routing: 3002, 'legal-aid': 3003, mediation: 3004, 'hotline-exchange': 3005 };

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(
      Object.entries(SERVICE_PORTS).map(([service, port]) => [
        `/api/${service}/`,
        { target: `http://127.0.0.1:${port}`, rewrite: (path: string) => path.replace(`/api/${service}/`, '/api/') },
      ]),
    ),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts';
          if (id.includes('node_modules/antd') || id.includes('node_modules/@ant-design') || id.includes('node_modules/rc-')) return 'antd';
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
