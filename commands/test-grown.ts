// `npm run test:grown [-- <vitest args>]`: the build and browser tests on a grown story. Copies the
// project (code, content and tests) into a temporary folder, grows its story there (40 added
// claims, a correction, a status change, a rename: commands/support/grow-story.ts), builds it, and
// runs `vitest run --project build --project browser` in that copy, so every test reads the
// grown content and its own built dist/. Nothing in this checkout changes; its dist/ is not read.
// Part of `npm test`, as `test-grown.ts --after <command…>`: the command (the main `vitest run`,
// with whatever arguments npm appends) runs first, then the grown run; either failing fails it.
// KEEP_GROWN=1 keeps the copy and prints where it is.
import { spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyProject, ROOT } from './support/project-copy.ts';
import { growStory } from './support/grow-story.ts';

const after = process.argv.indexOf('--after');
const vitestArgs = after < 0 ? process.argv.slice(2) : [];
let mainCode = 0;
if (after >= 0) {
	const [command, ...args] = process.argv.slice(after + 1);
	if (!command) throw new Error('--after needs a command to run first');
	mainCode = await new Promise<number>((resolve) => spawn(command, args, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)));
	console.log('\nNow the same build and browser tests on a grown copy of the story (npm run test:grown):');
}

const started = performance.now();
const dir = await copyProject('grown-story-');
for (const entry of ['commands', 'tests', 'vitest.config.ts', '.htmlvalidate.mjs']) {
	await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
}

/** Runs a command in the copy, its output shown as it comes; resolves with its exit code. */
const inCopy = (args: string[], quiet = false) =>
	new Promise<{ code: number; output: string }>((resolve) => {
		let output = '';
		const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'] });
		child.stdout?.on('data', (chunk) => (output += chunk));
		child.stderr?.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});

/**
 * Tests that build a story of their own (500 synthetic claims on Cloudflare's runtime, a fictional
 * second story, a story with 10 added claims, a dev server driven through bad saves) read nothing of
 * the grown one: the main run covers them, and running them twice would double their minutes.
 */
const OWN_STORY = ['host', 'second-story', 'structure-budgets', 'dev-start', 'preview', 'preview-saves'].flatMap((name) => ['--exclude', `tests/**/${name}.test.ts`]);

let code = 1;
try {
	await growStory(dir);
	console.log(`Grown story in ${dir}: building it`);
	const build = await inCopy(['node_modules/astro/bin/astro.mjs', 'build'], true);
	if (build.code !== 0) {
		console.error(build.output);
		throw new Error('the grown story does not build');
	}
	({ code } = await inCopy(['node_modules/vitest/vitest.mjs', 'run', '--project', 'build', '--project', 'browser', ...OWN_STORY, ...vitestArgs]));
} catch (error) {
	console.error((error as Error).message);
} finally {
	if (process.env.KEEP_GROWN) console.log(`The grown copy is kept in ${dir}`);
	else await rm(dir, { recursive: true, force: true });
}
console.log(`Grown-story run: ${((performance.now() - started) / 1000).toFixed(0)} s, ${code === 0 ? 'passed' : 'FAILED'}`);
process.exit(mainCode || code);
