import { defineConfig } from 'vitest/config';

// End-to-end tests drive the system Chromium against a running server (STORMWALL_URL).
// The backend's test suite starts that server on a fresh database and runs this config.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
