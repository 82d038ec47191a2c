// `npm run new -- <kind> <id>`: writes a new content file from its template, with every field
// present and a comment on each. Refuses an id that is not an id, or that is taken; writes the
// file whole or not at all.
import { existsSync } from 'node:fs';
import { parseDocument } from 'yaml';
import path from 'node:path';
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { TEMPLATES, type TemplateKind } from '../src/content-check/templates.ts';
import { ID_PATTERN } from '../src/schemas/id.ts';
import { FRONT_MATTER, readContentFiles } from '../src/content-check/content-files.ts';
import { replaceFiles } from '../src/content-check/atomic-write.ts';
import { didYouMean } from '../src/content-check/did-you-mean.ts';

const [kind, id] = process.argv.slice(2);
const kinds = Object.keys(TEMPLATES);
const fail = (message: string) => {
	console.error(message);
	process.exit(1);
};

if (!kind || !id) fail(`Usage: npm run new -- <kind> <id>\n  kinds: ${kinds.join(', ')}\n  e.g.   npm run new -- claim kremlin-denies-deployment`);
// Object.hasOwn, not `in`: "constructor" or "toString" are in every object, and are not kinds.
if (!Object.hasOwn(TEMPLATES, kind!)) fail(`"${kind}" is not a kind of entry${didYouMean(kind!, kinds) || `; use one of: ${kinds.join(', ')}`}`);
if (!ID_PATTERN.test(id!)) fail(`"${id}" is not an id: use lower-case letters, digits and single hyphens, like "kursk-region"`);

const template = TEMPLATES[kind as TemplateKind];
const { files } = await readContentFiles(process.cwd());
const taken = files[template.collection].find((entry) => entry.id === id);
if (taken) fail(`"${id}" is taken: ${taken.file} already exists. Pick another id, or edit that file.`);
if (template.collection === 'claims') {
	const owner = files.claims.find((claim) => claim.data?.aliases.includes(id!));
	if (owner) fail(`"${id}" is an old id of ${owner.file} and must keep pointing there. Pick another id.`);
}

const file = path.posix.join(COLLECTIONS[template.collection].base, `${id}.md`);
if (existsSync(file)) fail(`${file} already exists.`);
// The template is parsed back before it is written, and written whole (never half a file), and
// only if no file of that name appeared meanwhile.
const frontMatter = FRONT_MATTER.exec(template.text);
if (!frontMatter || parseDocument(frontMatter[2]!).errors.length > 0) fail(`The template for a ${kind} does not parse: nothing written. Please report it.`);
try {
	await replaceFiles(process.cwd(), [{ path: file, text: template.text }]);
} catch (error) {
	fail(`Nothing written: ${(error as Error).message}`);
}
console.log(`Wrote ${file}. Fill in each TODO, then run \`npm run check\`.`);
