// A throwaway copy of the project, for the tests that break its content and for bench:build.
import { cp, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Astro's content data store and Vite's dependency cache: each copy keeps its own. */
const OWN_CACHES = new Set(['.astro', '.vite']);

/**
 * Copies what a build reads (config, src, content, public) into a new temporary folder. Its
 * node_modules links every package of the project's, but not Astro's and Vite's caches: two
 * copies built at once (two test files run side by side) would otherwise write one content
 * data store, and one copy's pages would show the other's content.
 */
export async function copyProject(prefix: string): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), prefix));
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
		await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
	}
	await mkdir(path.join(dir, 'node_modules'));
	for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
		if (!OWN_CACHES.has(entry)) await symlink(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
	}
	return dir;
}
