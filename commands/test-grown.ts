// `npm run test:grown [-- <vitest args>]`: the build and browser tests on a grown story. Copies the
// project (code, content and tests) into a temporary folder, grows its story there (40 added
// claims, a correction, a status change, a rename: commands/support/grow-story.ts), builds it, and
// runs `vitest run --project build --project browser` in that copy, so every test reads the
// grown content and its own built dist/. Nothing in this checkout changes; its dist/ is not read.
// Part of `npm test`, as `test-grown.ts --after <command…>`: the command (the main `vitest run`,
// with whatever arguments npm appends) runs first, then the grown run; either failing fails it.
// Both runs write vitest's JSON report; at the end one line counts both passes ("N passed, N
// failed"), with a line per failed test above it and the minutes each pass took, and the JSON
// file named by `--outputFile.json=` (if any) holds both passes, so CI's summary counts them too.
// KEEP_GROWN=1 keeps the copy and prints where it is.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyProject, ROOT } from './support/project-copy.ts';
import { growStory } from './support/grow-story.ts';

/** The part of vitest's JSON report that the summary reads. */
interface JsonReport {
	numPassedTests: number;
	numFailedTests: number;
	success: boolean;
	testResults: { name: string; status: string; message?: string; assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}

const reports = await mkdtemp(path.join(tmpdir(), 'test-reports-'));
/**
 * Vitest's arguments with a JSON report written to `file`: the default reporter stays on screen
 * unless the caller chose reporters, and a JSON file the caller named is replaced by `file`
 * (the caller's file gets both passes at the end).
 */
function withJsonReport(args: string[], file: string): { args: string[]; callerFile?: string } {
	const named = args.find((arg) => arg.startsWith('--outputFile.json='));
	const rest = args.filter((arg) => arg !== named && arg !== '--reporter=json');
	const reporters = rest.some((arg) => arg.startsWith('--reporter')) ? [] : ['--reporter=default'];
	return { args: [...rest, ...reporters, '--reporter=json', `--outputFile.json=${file}`], callerFile: named?.slice('--outputFile.json='.length) };
}
const readReport = async (file: string): Promise<JsonReport | undefined> => {
	try {
		return JSON.parse(await readFile(file, 'utf8')) as JsonReport;
	} catch {
		return undefined;
	}
};

const after = process.argv.indexOf('--after');
const given = after < 0 ? process.argv.slice(2) : [];
const timings: string[] = [];
let mainCode = 0;
let callerFile: string | undefined;
const mainReport = path.join(reports, 'main.json');
const grownReport = path.join(reports, 'grown.json');
if (after >= 0) {
	const [command, ...rest] = process.argv.slice(after + 1);
	if (!command) throw new Error('--after needs a command to run first');
	const main = withJsonReport(rest, mainReport);
	callerFile = main.callerFile;
	const started = performance.now();
	mainCode = await new Promise<number>((resolve) => spawn(command, main.args, { stdio: 'inherit' }).on('close', (code) => resolve(code ?? 1)));
	timings.push(`main pass ${((performance.now() - started) / 1000).toFixed(0)} s`);
	console.log('\nNow the same build and browser tests on a grown copy of the story (npm run test:grown):');
}
const grownArgs = withJsonReport(given, grownReport);
callerFile ??= grownArgs.callerFile;
const vitestArgs = grownArgs.args;

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
timings.push(`grown pass ${((performance.now() - started) / 1000).toFixed(0)} s`);

// One summary for both passes. A pass that ended without its report (a build that failed, a
// crash) counts as one failure, so the line never says "0 failed" when a pass failed.
const passes = [...(after >= 0 ? [{ name: 'main', code: mainCode, report: await readReport(mainReport) }] : []), { name: 'grown', code, report: await readReport(grownReport) }];
let passed = 0;
let failed = 0;
const failures: string[] = [];
for (const pass of passes) {
	const report = pass.report;
	passed += report?.numPassedTests ?? 0;
	const counted = report?.numFailedTests ?? 0;
	const failedFiles = report?.testResults.filter((file) => file.status === 'failed' && !file.assertionResults?.some((a) => a.status === 'failed')) ?? [];
	failed += counted + failedFiles.length + (pass.code !== 0 && counted + failedFiles.length === 0 ? 1 : 0);
	for (const file of failedFiles) failures.push(`FAILED (${pass.name}) ${path.relative(pass.name === 'main' ? ROOT : dir, file.name)}: ${(file.message ?? '').split('\n')[0]}`);
	for (const file of report?.testResults ?? []) {
		for (const a of file.assertionResults ?? []) {
			if (a.status === 'failed') failures.push(`FAILED (${pass.name}) ${path.relative(pass.name === 'main' ? ROOT : dir, file.name)} > ${a.fullName}: ${(a.failureMessages?.[0] ?? '').split('\n')[0]!.slice(0, 300)}`);
		}
	}
	if (pass.code !== 0 && !report) failures.push(`FAILED (${pass.name}) the pass ended with exit code ${pass.code} before writing its report (see its output above)`);
}
if (callerFile) {
	const merged = passes.flatMap((pass) => pass.report?.testResults ?? []);
	await writeFile(path.resolve(callerFile), JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0, testResults: merged }));
}
await rm(reports, { recursive: true, force: true });
console.log(`\nWhere the time went: ${timings.join('; ')}.`);
for (const line of failures) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
