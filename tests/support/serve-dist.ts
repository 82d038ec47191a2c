import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

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
	const files = sirv('dist', { dev: false, etag: true });
	const server: Server = createServer((req, res) => files(req, res, () => {
		res.statusCode = 404;
		res.end('not found');
	}));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	project.provide('baseUrl', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
