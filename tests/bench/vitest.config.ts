import { defineConfig } from 'vitest/config';

/** Benchmarks print tables; they are not pass/fail timing tests. Run with `npm run bench`. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/bench/**/*.bench.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
    silent: false,
  },
});
