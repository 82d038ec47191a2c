import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../commands/support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the built site served for the browser tests, e.g. http://127.0.0.1:41234 */
		baseUrl: string;
	}
}

/** Serves the built `dist/` on a free local port for the whole test run. */
export default async function serveDist(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ is not built: run `npm test` (which builds first) or `npm run build`.');
	}
	const server = await serveStatic('dist');
	project.provide('baseUrl', server.origin);
	return () => server.close();
}
