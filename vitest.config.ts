import { defineConfig } from 'vitest/config';

/**
 * Three projects, by what a test needs: `unit` needs nothing (no build, no browser) and runs in
 * seconds on a fresh clone (`npx vitest run --project unit`); `build` reads the built `dist/`;
 * `browser` serves `dist/` and drives Chromium. `npm test` builds first, then runs all three.
 */
export default defineConfig({
	test: {
		testTimeout: 60_000,
		// Two files at a time: most of a browser test's time is Chromium's, in its own processes,
		// so two workers keep both cores busy (vitest's default on a 2-core machine is one).
		maxWorkers: 2,
		hookTimeout: 120_000,
		// What a browser test waits for (search loading Pagefind, a copied link's status) can take
		// more than vitest's default second while two test files share two cores; a poll that
		// never succeeds still fails, after 10 s.
		expect: { poll: { timeout: 10_000 } },
		env: { TZ: 'UTC' },
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/support/serve-dist.ts'] } },
			{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'], globalSetup: ['tests/support/serve-dist.ts'] } },
		],
	},
});
