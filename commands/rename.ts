// `npm run rename -- <old-id> <new-id> [--kind claim|source|place|question] [--dry-run]`: renames
// a claim (or source, place, question) in one step: moves its file, rewrites every reference in
// content/, and for a claim keeps the old id working as an alias and in content/published.json.
// Prints what it changed; with --dry-run, what it would change. Refuses to overwrite an id in
// use, and refuses to touch anything while a file does not parse, so no edit is lost. Each edit
// is parsed back, the whole change is checked on a copy of content/, and the files are replaced
// all at once (temporary file, then rename) or not at all.
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { claimAliases, planRename, RENAMABLE, type RenamableKind, type TextFile } from '../src/content-check/rename.ts';
import { checkContent, PUBLISHED_FILE, readPublished } from '../src/content-check/check-content.ts';
import { replaceFiles } from '../src/content-check/atomic-write.ts';
import { checkChangedSet, newErrors } from '../src/content-check/changed-set.ts';
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
if (kind === 'claim' && published) console.log(`  ${PUBLISHED_FILE}: "${to}" added${Object.hasOwn(published.statuses ?? {}, from) ? ', its recorded status moved to it' : ''}; "${from}" stays, as the alias it now is`);
if (dryRun) process.exit(0);
const writes = [...plan.writes];
if (kind === 'claim' && published) {
	const statuses = { ...published.statuses };
	if (Object.hasOwn(statuses, from)) {
		statuses[to] = statuses[from]!;
		delete statuses[from];
	}
	const sorted = Object.fromEntries(Object.entries(statuses).sort(([a], [b]) => a.localeCompare(b)));
	writes.push({ path: PUBLISHED_FILE, text: `${JSON.stringify({ ...published.record, claims: [...new Set([...(published.claims ?? []), to])].sort(), statuses: sorted }, null, '\t')}\n` });
}
// The whole change is checked on a copy first: it may not add an error to the content.
const ids = (text: string) => text.replaceAll(plan.move.from, plan.move.to).replaceAll(`"${from}"`, `"${to}"`);
const added = newErrors((await checkContent(root)).diagnostics, await checkChangedSet(root, writes, [plan.move.from]), ids);
if (added.length > 0) {
	console.error(`Nothing renamed: the rename would leave ${added.length} error${added.length === 1 ? '' : 's'} in content/:`);
	for (const d of added) console.error(`  ${formatDiagnostic(d)}`);
	process.exit(1);
}
try {
	await replaceFiles(root, writes, [plan.move.from]);
} catch (error) {
	console.error(`Nothing renamed: ${(error as Error).message}. Every file is as it was.`);
	process.exit(1);
}
console.log('Now run npm run check.');
