import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { copyProject, ROOT } from '../../commands/support/project-copy.ts';

const run = promisify(execFile);

/**
 * The environment a build runs in, as `npm run build` would have it: less NODE_ENV=test and what
 * vitest adds for its own import.meta.env (DEV, PROD, SSR, MODE, BASE_URL). With them, Astro built
 * the copy as in development: import.meta.env.DEV was true, and the pages left out their
 * Content-Security-Policy as the dev preview does.
 */
function buildEnv() {
	const { NODE_ENV: _node, DEV: _dev, PROD: _prod, SSR: _ssr, MODE: _mode, BASE_URL: _base, ...rest } = process.env;
	return rest;
}

/** A throwaway copy of the project (its packages linked, its build caches its own) whose content a test may break. */
export async function tempProject() {
	const dir = await copyProject('kursk-');
	return {
		dir,
		/** Rewrites one file of the copy. */
		async edit(file: string, change: (text: string) => string) {
			const target = path.join(dir, file);
			await writeFile(target, change(await readFile(target, 'utf8')));
		},
		async write(file: string, text: string) {
			await writeFile(path.join(dir, file), text);
		},
		async remove(file: string) {
			await rm(path.join(dir, file));
		},
		async read(file: string) {
			return readFile(path.join(dir, file), 'utf8');
		},
		/** Runs `astro build` in the copy (with `env` added, e.g. SITE_URL); resolves with its exit code and output. */
		async build(env: Record<string, string> = {}) {
			try {
				const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
					cwd: dir,
					env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
					maxBuffer: 32 * 1024 * 1024,
				});
				return { code: 0, output: stdout + stderr };
			} catch (error) {
				const failed = error as { code?: number; stdout?: string; stderr?: string };
				return { code: failed.code ?? 1, output: (failed.stdout ?? '') + (failed.stderr ?? '') };
			}
		},
		/**
		 * Runs `body`, then puts `files` back as they were before it: rewritten, or removed if
		 * they did not exist (a file the body adds).
		 */
		async restoring<T>(files: string[], body: () => Promise<T>): Promise<T> {
			const before = await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8').catch(() => undefined)));
			try {
				return await body();
			} finally {
				for (const [i, file] of files.entries()) {
					if (before[i] === undefined) await rm(path.join(dir, file), { force: true });
					else await writeFile(path.join(dir, file), before[i]);
				}
			}
		},
		/**
		 * Edits one file, runs `body`, and restores the file whatever happens. Fails if the edit
		 * changes nothing (the text it replaces is no longer there), so a test never runs on an edit
		 * that did not arrive.
		 */
		async withEdit<T>(file: string, change: (text: string) => string, body: () => Promise<T>): Promise<T> {
			return this.restoring([file], async () => {
				const text = await this.read(file);
				const changed = change(text);
				if (changed === text) throw new Error(`the edit changed nothing in ${file}: the text it replaces is no longer there`);
				await this.write(file, changed);
				return body();
			});
		},
		cleanup: () => rm(dir, { recursive: true, force: true }),
	};
}
