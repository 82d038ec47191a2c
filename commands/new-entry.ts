// `npm run new -- <kind> <id>`: writes a new content file from its template, with every field
// present and a comment on each. Refuses an id that is not an id, or that is taken.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { TEMPLATES, type TemplateKind } from '../src/content-check/templates.ts';
import { ID_PATTERN } from '../src/schemas/id.ts';
import { readContentFiles } from '../src/content-check/content-files.ts';
import { didYouMean } from '../src/content-check/did-you-mean.ts';

const [kind, id] = process.argv.slice(2);
const kinds = Object.keys(TEMPLATES);
const fail = (message: string) => {
	console.error(message);
	process.exit(1);
};

if (!kind || !id) fail(`Usage: npm run new -- <kind> <id>\n  kinds: ${kinds.join(', ')}\n  e.g.   npm run new -- claim kremlin-denies-deployment`);
if (!(kind! in TEMPLATES)) fail(`"${kind}" is not a kind of entry${didYouMean(kind!, kinds) || `; use one of: ${kinds.join(', ')}`}`);
if (!ID_PATTERN.test(id!)) fail(`"${id}" is not an id: use lower-case letters, digits and single hyphens, like "kursk-region"`);

const template = TEMPLATES[kind as TemplateKind];
const { files } = await readContentFiles(process.cwd());
const taken = files[template.collection].find((entry) => entry.id === id);
if (taken) fail(`"${id}" is taken: ${taken.file} already exists. Pick another id, or edit that file.`);
if (template.collection === 'claims') {
	const owner = files.claims.find((claim) => claim.data?.aliases.includes(id!));
	if (owner) fail(`"${id}" is an old id of ${owner.file} and must keep pointing there. Pick another id.`);
}

const file = path.join(COLLECTIONS[template.collection].base, `${id}.md`);
if (existsSync(file)) fail(`${file} already exists.`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, template.text);
console.log(`Wrote ${file}. Fill in each TODO, then run \`npm run check\`.`);
