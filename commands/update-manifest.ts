// `npm run manifest`: records what is published in content/published.json: every claim id (never
// removed: once published, an id must keep working, as a claim or as an alias of one) and each
// claim's status, against which a later status change must be on the record. It refuses while
// the content has errors, so it records only what the site can show.
import { writeFile } from 'node:fs/promises';
import { checkContent, hasErrors, PUBLISHED_FILE, readPublished } from '../src/content-check/check-content.ts';
import { formatDiagnostic } from '../src/content-check/diagnostics.ts';

const { files, diagnostics } = await checkContent(process.cwd());
if (hasErrors(diagnostics)) {
	for (const diagnostic of diagnostics.filter((d) => d.severity === 'error')) console.error(formatDiagnostic(diagnostic));
	console.error(`\n${PUBLISHED_FILE} is unchanged: fix the errors above first (npm run check lists them).`);
	process.exit(1);
}
// The check above has read and validated the file; keys this script does not know are kept as they are.
const { published: before } = await readPublished(process.cwd());
const raw = before?.record ?? {};
const previous = before?.claims ?? [];
const claims = [...new Set([...previous, ...files.claims.map((claim) => claim.id)])].sort();
const statuses = Object.fromEntries(files.claims.filter((claim) => claim.data).map((claim) => [claim.id, claim.data!.status]).sort(([a], [b]) => a!.localeCompare(b!)));
const changed = files.claims.filter((claim) => before?.statuses[claim.id] && before.statuses[claim.id] !== claim.data?.status).map((claim) => claim.id);
await writeFile(
	PUBLISHED_FILE,
	`${JSON.stringify({ ...raw, note: 'What has been published: every claim id (never remove one: rename a claim by adding its old id to the new file\'s aliases) and each claim\'s status as last recorded. Written by npm run manifest.', claims, statuses }, null, '\t')}\n`,
);
console.log(`${PUBLISHED_FILE}: ${claims.length} ids (${claims.length - previous.length} added), ${changed.length} status change${changed.length === 1 ? '' : 's'} recorded${changed.length ? `: ${changed.join(', ')}` : ''}`);
