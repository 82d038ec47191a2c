// One static file server for the tests, the benchmark and the screenshots: a folder served on a
// free local port, optionally from brotli-precompressed copies, as a CDN would serve it.
import { cp, glob, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import sirv from 'sirv';

export interface StaticServer {
	/** e.g. http://127.0.0.1:41234 */
	origin: string;
	close(): Promise<void>;
}

/** Brotli at the quality a CDN precompresses with. */
export const brotli = (bytes: Uint8Array) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/**
 * Serves `dir` on 127.0.0.1 (on `port`, or a free one). With `compress`, serves a brotli-precompressed copy (made in a
 * temporary folder, removed on close). Unknown paths get a 404 with the folder's 404.html, if any.
 */
export async function serveStatic(dir: string, { compress = false, port = 0 } = {}): Promise<StaticServer> {
	let root = dir;
	if (compress) {
		root = await mkdtemp(path.join(tmpdir(), 'served-'));
		await cp(dir, root, { recursive: true });
		for await (const file of glob('**/*.{html,js,css,json,svg,xml,txt}', { cwd: root })) {
			const full = path.join(root, file);
			await writeFile(`${full}.br`, brotli(await readFile(full)));
		}
	}
	const files = sirv(root, { dev: false, etag: true, brotli: compress });
	const notFound = await readFile(path.join(dir, '404.html')).catch(() => undefined);
	const server: Server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound ?? 'not found');
		}),
	);
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: async () => {
			await new Promise<void>((resolve) => server.close(() => resolve()));
			if (root !== dir) await rm(root, { recursive: true, force: true });
		},
	};
}

/** A free port on this machine, for a server that must know its address before it starts. */
export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
