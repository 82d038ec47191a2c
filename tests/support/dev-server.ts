import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../commands/support/static-server.ts';

/**
 * `astro dev` (what `npm run dev` runs) in a throwaway copy `dir`, as an editor starts it, on a
 * free port; resolves once it serves the story page. `log()` is everything it printed so far.
 */
export async function startDevServer(dir: string) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	let log = '';
	const dev = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: dir,
		// Not in vitest's test mode, which the dev server would otherwise inherit.
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	dev.stdout!.on('data', (chunk) => (log += chunk));
	dev.stderr!.on('data', (chunk) => (log += chunk));
	// Ready once it serves the story page (the first request also warms Vite's dependency cache).
	for (let i = 0; i < 240; i++) {
		const html = await fetch(`${base}/`, { headers: { accept: 'text/html' } }).then((r) => r.text(), () => '');
		if (html.includes('<h1')) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return {
		base,
		log: () => log,
		stop: () => void dev.kill(),
	};
}
