// Synthetic claims, written into a throwaway copy of the project (never into content/): for
// bench:build's stories of thousands of claims and for the tests' grown story. Each is a copy of
// a real claim file (so it has every field a real one has, and stays valid as the schemas grow)
// with a statement and body that say it is test data.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

/** Links to other claims a synthetic claim does not keep: it stands alone. */
const LINK_FIELDS = ['supports', 'contradicts', 'qualifies', 'aliases', 'corrections'];

/** The marker every synthetic claim's statement starts with. */
export const SYNTHETIC_MARK = 'Test data, not from the article:';

/** The text of synthetic claim number `n`, made from the text of a real claim file. */
export function syntheticClaim(template: string, n: number): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(template);
	if (!match) throw new Error('the template claim has no front matter');
	const doc = parseDocument(match[1]!);
	doc.set('statement', `${SYNTHETIC_MARK} filler claim number ${n}, a statement of ordinary length, as long as the story's own claims tend to be.`);
	if (doc.has('short')) doc.set('short', `Filler claim ${n}`);
	if (doc.has('quote')) doc.delete('quote');
	for (const field of LINK_FIELDS) doc.delete(field);
	const body = `This claim is test data, generated for a test of how the site grows; the article says nothing of it.\n`;
	return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body}`;
}

/**
 * Writes `count` synthetic claims (`synthetic-claim-1` …) into the copy at `dir`, made from the
 * claims named in `templates` in turn, and lists them under the question `question`, as an
 * editor would tie new claims to a question. Returns their ids.
 */
export async function addSyntheticClaims(dir: string, count: number, { templates = ['umerov-first-encounter'], question = 'have-they-fought' } = {}) {
	const texts = await Promise.all(templates.map((id) => readFile(path.join(dir, 'content/claims', `${id}.md`), 'utf8')));
	const ids: string[] = [];
	for (let i = 1; i <= count; i++) {
		const id = `synthetic-claim-${i}`;
		ids.push(id);
		await writeFile(path.join(dir, 'content/claims', `${id}.md`), syntheticClaim(texts[(i - 1) % texts.length]!, i));
	}
	const file = path.join(dir, 'content/questions', `${question}.md`);
	const text = await readFile(file, 'utf8');
	if (!/^claims:\n/m.test(text)) throw new Error(`content/questions/${question}.md has no claims list to add to`);
	await writeFile(file, text.replace(/^claims:\n/m, `claims:\n${ids.map((id) => `  - ${id}\n`).join('')}`));
	return ids;
}
