// `npm run manifest` (and the first step of `npm run publish`): records what is published in
// content/published.json: every claim id (never removed: once published, an id must keep
// working, as a claim or as an alias of one), each claim's status, against which a later status
// change must be on the record, and the day each claim was first published, the one day it is a
// "new claim" in the updates and feeds. It refuses while the content has errors, so it records
// only what the site can show. The file is read, changed and written back as JSON: keys it does
// not know (an editor's `note`) stay as they are, and it is replaced in one step (a temporary
// file, then a rename), never left half written.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { checkContent, PUBLISHED_FILE } from '../src/content-check/check-content.ts';
import { committedIds } from '../src/content-check/published-history.ts';
import { formatDiagnostic } from '../src/content-check/diagnostics.ts';
import { recordPublication } from '../src/content-check/published-record.ts';

const { files, diagnostics } = await checkContent(process.cwd());
// A story never published (no record in git's last commit) may have no record, or an empty one:
// this writes the first. Anywhere else a missing or shrunk record is an error to restore, not redo.
const readable = (text: string) => {
	try {
		return JSON.parse(text) as Record<string, unknown>;
	} catch {
		return undefined;
	}
};
const exists = existsSync(PUBLISHED_FILE);
const current = exists ? readable(await readFile(PUBLISHED_FILE, 'utf8')) : {};
const creating = (await committedIds(process.cwd())) === undefined && current !== undefined && (current.claims === undefined || (Array.isArray(current.claims) && current.claims.length === 0));
const errors = diagnostics.filter((d) => d.severity === 'error' && !(creating && d.file === PUBLISHED_FILE && ['', 'claims'].includes(d.field)));
if (errors.length > 0) {
	for (const diagnostic of errors) console.error(formatDiagnostic(diagnostic));
	console.error(`\n${PUBLISHED_FILE} is unchanged: fix the errors above first (npm run check lists them).`);
	process.exit(1);
}
const before = current ?? {};
const today = new Date().toISOString().slice(0, 10);
const { record, added, changed } = recordPublication(before, files.claims.flatMap((claim) => (claim.data ? [{ id: claim.id, data: claim.data }] : [])), today);
const temporary = `${PUBLISHED_FILE}.${process.pid}.tmp`;
await writeFile(temporary, `${JSON.stringify(record, null, '\t')}\n`);
await rename(temporary, PUBLISHED_FILE);
console.log(`${PUBLISHED_FILE}: ${(record.claims as string[]).length} ids (${added.length} added${added.length ? `, first published ${today}: ${added.join(', ')}` : ''}), ${changed.length} status change${changed.length === 1 ? '' : 's'} recorded${changed.length ? `: ${changed.join(', ')}` : ''}`);
