// `npm run manifest`: adds every current claim id to content/published.json. It never removes an
// id: once published, an id must keep working (as a claim or as an alias of one).
import { writeFile } from 'node:fs/promises';
import { checkContent, PUBLISHED_FILE, readPublished } from '../src/utils/check-content.ts';

const { files } = await checkContent(process.cwd());
const before = (await readPublished(process.cwd()))?.claims ?? [];
const claims = [...new Set([...before, ...files.claims.map((claim) => claim.id)])].sort();
await writeFile(
	PUBLISHED_FILE,
	`${JSON.stringify({ note: 'Every claim id ever published. Do not remove one: rename a claim by adding its old id to the new file\'s aliases.', claims }, null, '\t')}\n`,
);
console.log(`${PUBLISHED_FILE}: ${claims.length} ids (${claims.length - before.length} added)`);
