import { defineConfig } from 'vitest/config';

// The lib under test is framework-free, so a plain Vitest config is enough.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    // No test passes or fails on time: the 5 s default is a race on a busy 2-core machine (a
    // property test takes 4 s on an idle one, the CLI tests spawn Node). Only a hang fails.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
