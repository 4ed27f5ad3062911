import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // `npm start` and `factbot` run the compiled dist/: built first when src/ is newer.
    globalSetup: ['test/build-dist.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
