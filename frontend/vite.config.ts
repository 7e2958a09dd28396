import { defineConfig } from 'vitest/config';

// The server serves the built files from the classpath's static/ folder, so the build writes
// straight into the Maven module's output (never into src/).
export default defineConfig({
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/ws': { target: 'ws://localhost:8080', ws: true },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
