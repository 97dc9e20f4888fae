import { defineConfig } from 'vitest/config';

// The lib under test is framework-free, so a plain Vitest config is enough.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
