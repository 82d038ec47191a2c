// `npm run rename -- <old-id> <new-id> [--kind claim|source|place|question] [--dry-run]`: renames
// a claim (or source, place, question) in one step: moves its file, rewrites every reference in
// content/, and for a claim keeps the old id working as an alias and in content/published.json.
// Prints what it changed; with --dry-run, what it would change. Refuses to overwrite an id in
// use, and refuses to touch anything while a file does not parse, so no edit is lost.
import { glob, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { claimAliases, planRename, RENAMABLE, type RenamableKind, type TextFile } from '../src/content-check/rename.ts';
import { PUBLISHED_FILE, readPublished } from '../src/content-check/check-content.ts';
import { formatDiagnostic } from '../src/content-check/diagnostics.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const kindAt = args.indexOf('--kind');
const positional = args.filter((arg, i) => !arg.startsWith('--') && (kindAt < 0 || i !== kindAt + 1));
const [from, to] = positional;
if (!from || !to) {
	console.error('Usage: npm run rename -- <old-id> <new-id> [--kind claim|source|place|question] [--dry-run]');
	process.exit(2);
}
const root = process.cwd();
const files: TextFile[] = [];
for await (const file of glob('content/**/*.md', { cwd: root })) files.push({ path: file.split(path.sep).join('/'), text: await readFile(path.join(root, file), 'utf8') });
// The kind: as given, or the one folder that holds a file of that id.
const kinds = Object.keys(RENAMABLE) as RenamableKind[];
const kind = kindAt >= 0 ? (args[kindAt + 1] as RenamableKind) : kinds.find((k) => files.some((f) => f.path === `${RENAMABLE[k].folder}/${from}.md`));
if (!kind || !kinds.includes(kind)) {
	console.error(`No claim, source, place or question has the id "${from}".`);
	process.exit(1);
}
// Ids already in use as claim aliases are taken too. A broken record of published ids is a file
// this would rewrite: refuse, as for any file that fails to parse.
const { published, problem } = await readPublished(root);
if (problem) {
	console.error(`Nothing renamed: ${formatDiagnostic(problem)}`);
	process.exit(1);
}
const taken = new Set([...claimAliases(files), ...(kind === 'claim' ? (published?.claims ?? []) : [])]);
const plan = planRename(kind, from, to, files, taken);
if ('refused' in plan) {
	console.error(`Nothing renamed: ${plan.refused}.`);
	process.exit(1);
}
console.log(`${dryRun ? 'Would rename' : 'Renamed'} the ${kind} "${from}" to "${to}":`);
for (const change of plan.changes) console.log(`  ${change}`);
if (kind === 'claim' && published) console.log(`  ${PUBLISHED_FILE}: "${to}" added${published.statuses?.[from] ? ', its recorded status moved to it' : ''}; "${from}" stays, as the alias it now is`);
if (dryRun) process.exit(0);
for (const write of plan.writes) {
	await mkdir(path.dirname(path.join(root, write.path)), { recursive: true });
	await writeFile(path.join(root, write.path), write.text);
}
await rm(path.join(root, plan.move.from));
if (kind === 'claim' && published) {
	const statuses = { ...published.statuses };
	if (statuses[from]) {
		statuses[to] = statuses[from]!;
		delete statuses[from];
	}
	const sorted = Object.fromEntries(Object.entries(statuses).sort(([a], [b]) => a.localeCompare(b)));
	await writeFile(PUBLISHED_FILE, `${JSON.stringify({ ...published.record, claims: [...new Set([...(published.claims ?? []), to])].sort(), statuses: sorted }, null, '\t')}\n`);
}
console.log('Now run npm run check.');
