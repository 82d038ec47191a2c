import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/support/serve-dist.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		env: { TZ: 'UTC' },
	},
});
