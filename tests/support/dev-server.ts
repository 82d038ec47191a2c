import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../commands/support/static-server.ts';

/**
 * `astro dev` (what `npm run dev` runs) in a throwaway copy `dir`, as an editor starts it, on a
 * free port, not yet waited for. `log()` is everything it printed so far; `running()` is false
 * once it has exited, and `exited` resolves then.
 */
export async function spawnDevServer(dir: string) {
	const port = await freePort();
	let log = '';
	let exitCode: number | null | undefined;
	const dev = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: dir,
		// Not in vitest's test mode, which the dev server would otherwise inherit.
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	dev.stdout.on('data', (chunk) => (log += chunk));
	dev.stderr.on('data', (chunk) => (log += chunk));
	const exited = new Promise<number | null>((resolve) => dev.on('exit', (code) => resolve((exitCode = code))));
	return {
		base: `http://127.0.0.1:${port}`,
		log: () => log,
		running: () => exitCode === undefined,
		exited,
		stop: () => void dev.kill(),
	};
}

/** `spawnDevServer`, resolved once it serves the story page. */
export async function startDevServer(dir: string) {
	const dev = await spawnDevServer(dir);
	// Ready once it serves the story page (the first request also warms Vite's dependency cache).
	for (let i = 0; i < 240; i++) {
		const html = await fetch(`${dev.base}/`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
		if (html.includes('<h1')) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return dev;
}
