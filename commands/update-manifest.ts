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
import { checkContent, hasErrors, PUBLISHED_FILE } from '../src/content-check/check-content.ts';
import { formatDiagnostic } from '../src/content-check/diagnostics.ts';
import { recordPublication } from '../src/content-check/published-record.ts';

const { files, diagnostics } = await checkContent(process.cwd());
if (hasErrors(diagnostics)) {
	for (const diagnostic of diagnostics.filter((d) => d.severity === 'error')) console.error(formatDiagnostic(diagnostic));
	console.error(`\n${PUBLISHED_FILE} is unchanged: fix the errors above first (npm run check lists them).`);
	process.exit(1);
}
const before = existsSync(PUBLISHED_FILE) ? (JSON.parse(await readFile(PUBLISHED_FILE, 'utf8')) as Record<string, unknown>) : {};
const today = new Date().toISOString().slice(0, 10);
const { record, added, changed } = recordPublication(before, files.claims.flatMap((claim) => (claim.data ? [{ id: claim.id, data: claim.data }] : [])), today);
const temporary = `${PUBLISHED_FILE}.${process.pid}.tmp`;
await writeFile(temporary, `${JSON.stringify(record, null, '\t')}\n`);
await rename(temporary, PUBLISHED_FILE);
console.log(`${PUBLISHED_FILE}: ${(record.claims as string[]).length} ids (${added.length} added${added.length ? `, first published ${today}: ${added.join(', ')}` : ''}), ${changed.length} status change${changed.length === 1 ? '' : 's'} recorded${changed.length ? `: ${changed.join(', ')}` : ''}`);
