import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The board page's code is a chunk of its own, imported once the entry script has opened the live connection. The
 * page asks for it at once all the same (a module preload), so it downloads alongside the entry script instead of
 * after it.
 */
function preloadBoardPage(): Plugin {
  return {
    name: 'stormwall-preload-board-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/ui/boardPage.ts'),
        );
        if (!chunk) throw new Error('the build has no chunk for src/ui/boardPage.ts');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

// The server serves the built files from the classpath's static/ folder, so the build writes
// straight into the Maven module's output (never into src/).
export default defineConfig({
  plugins: [preloadBoardPage()],
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
