import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { lineFinder } from './line-finder.ts';
import { COLLECTIONS, type CollectionData, type CollectionName } from '../schemas/collections.ts';
import type { Diagnostic } from './diagnostics.ts';
import { describeIssue } from './zod-issues.ts';
import { ID_PATTERN } from '../schemas/id.ts';
import { CONTROL_CHARACTER } from '../story/text.ts';
import { frontMatterShapeProblem, notUtf8Line, tagsOf } from './yaml-shape.ts';
import { bodyNestingProblem, yamlNestingProblem } from './nesting.ts';

/** Shows characters a reader cannot see (zero-width, direction overrides, other non-ASCII) as \\u codes. */
export const visible = (text: string) => text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A content file read from disk: its id, raw front matter, body and a way to find a field's line. */
export interface ContentFile<C extends CollectionName = CollectionName> {
	collection: C;
	/** The entry's id: the file name without `.md`. */
	id: string;
	/** Path from the project root. */
	file: string;
	/** Front matter after schema validation, or undefined when it failed. */
	data: CollectionData<C> | undefined;
	/** Front matter as written (parsed YAML), before validation; undefined when it would not parse. */
	raw?: unknown;
	/** The front matter's YAML as written, when the file has front matter. */
	yamlText?: string;
	/** The Markdown body. */
	body: string;
	/** Line in the file where the body starts. */
	bodyLine: number;
	/** The file line of a front-matter field, or of its nearest existing parent. */
	lineOf(fieldPath: readonly (string | number)[]): number;
}

export type ContentFiles = { [C in CollectionName]: ContentFile<C>[] };

/** A file's front matter: the opening line, the YAML, and the closing line (as groups 1–3). */
export const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

/** Splits a Markdown file into front matter (YAML text) and body, with the line the YAML starts on. */
function splitFrontMatter(text: string) {
	const match = FRONT_MATTER.exec(text);
	if (!match) return undefined;
	const yamlText = match[2]!;
	const body = text.slice(match[0].length);
	return { yamlText, body, bodyLine: match[0].split('\n').length };
}

/** Reads and validates one collection's files. Diagnostics are added for every problem found. */
async function readCollection<C extends CollectionName>(
	root: string,
	name: C,
	diagnostics: Diagnostic[],
): Promise<ContentFile<C>[]> {
	const { base, pattern } = COLLECTIONS[name];
	const files: ContentFile<C>[] = [];
	const found: string[] = [];
	const dir = path.join(root, base);
	for await (const entry of glob(pattern, { cwd: dir, withFileTypes: true })) {
		const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
		if (entry.isFile()) found.push(relative);
		else diagnostics.push({ file: visible(path.posix.join(base, relative.split(path.sep).join('/'))), line: 1, field: '', severity: 'error', message: 'is a folder named like a content file: rename the folder, or move its files up' });
	}
	// A file the collection would not read (x.yaml, x.MD, x.markdown) is reported, not ignored.
	// The story's folder is content/ itself, which also holds the guide and published.json.
	for await (const entry of base === 'content' ? [] : glob('**/*', { cwd: dir, withFileTypes: true })) {
		if (!entry.isFile() || entry.name.endsWith('.md') || entry.name.startsWith('.')) continue;
		const file = path.posix.join(base, path.relative(path.join(root, base), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
		diagnostics.push({ file: visible(file), line: 1, field: '', severity: 'error', message: `is not a Markdown file ending in ".md", so it would not be published: rename it to ${visible(entry.name.replace(/\.[^.]*$/, ''))}.md, or move it out of ${base}/` });
	}
	for (const relative of found.sort()) {
		const file = path.posix.join(base, relative.split(path.sep).join('/'));
		const id = path.basename(relative, '.md');
		if (!ID_PATTERN.test(id)) {
			diagnostics.push({ file: visible(file), line: 1, field: '', severity: 'error', message: `has a file name that is not an id: rename it to lower-case letters, digits and single hyphens, like "kursk-region.md" (hidden or right-to-left characters are shown as \\u codes)` });
		}
		// A byte-order mark is accepted and dropped, as Astro does.
		const bytes = await readFile(path.join(root, file));
		const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
		const parsed = parseFile(name, id, file, text);
		diagnostics.push(...parsed.diagnostics);
		const badByte = notUtf8Line(bytes, text);
		if (badByte) diagnostics.push({ file, line: badByte, field: '', severity: 'error', message: 'has a character that is not UTF-8 on this line (the file was saved as Latin-1 or Windows-1252; the page would show "\uFFFD"): save the file as UTF-8 and retype the character' });
		files.push(parsed.entry);
	}
	return files;
}

/**
 * Files already read in this process, by path, with the text they were read from. One build
 * reads the content three times (the config's alias pages, the content guard, the search
 * index); a file whose text is unchanged is not parsed and validated again. In the preview, an
 * edited file has new text, so it is read afresh.
 */
const parsedFiles = new Map<string, { text: string; entry: ContentFile; diagnostics: Diagnostic[] }>();

/** Parses and validates one file's text; its diagnostics are returned with it. */
function parseFile<C extends CollectionName>(name: C, id: string, file: string, text: string): { entry: ContentFile<C>; diagnostics: Diagnostic[] } {
	const key = `${name}:${file}`;
	const known = parsedFiles.get(key);
	if (known?.text === text) return known as unknown as { entry: ContentFile<C>; diagnostics: Diagnostic[] };
	const { schema } = COLLECTIONS[name];
	const diagnostics: Diagnostic[] = [];
	const done = (entry: ContentFile<C>) => {
		parsedFiles.set(key, { text, entry: entry as ContentFile, diagnostics });
		return { entry, diagnostics };
	};
	text.split('\n').forEach((line, i) => {
		const bad = line.match(CONTROL_CHARACTER);
		if (bad) diagnostics.push({ file, line: i + 1, field: '', severity: 'error', message: `has an invisible control character (${visible(bad[0])}) on this line: delete it; it would break the feeds and the search index` });
	});
	const parts = splitFrontMatter(text);
	if (!parts) {
		const lines = text.split(/\r?\n/);
		const trailing = lines.findIndex((line, i) => i > 0 && /^---\s*\S/.test(line));
		const message = /^---[ \t]+\r?\n/.test(text)
			? 'has a space after the opening "---": delete it, so that the first line is "---" alone'
			: !/^---\r?\n/.test(text)
			? 'has no front matter: start the file with a line "---", the fields, then another "---"'
			: trailing > 0
				? `has text after the closing "---" on line ${trailing + 1}: the closing line must be "---" alone; move the text to the next line`
				: 'has no closing "---" line after its fields: add a line "---" after the last field, before the text';
		diagnostics.push({ file, line: trailing > 0 ? trailing + 1 : 1, field: '', severity: 'error', message });
		return done({ collection: name, id, file, data: undefined, body: text, bodyLine: 1, lineOf: () => 1 });
	}
	const deepYaml = yamlNestingProblem(parts.yamlText);
	const deepBody = bodyNestingProblem(parts.body);
	if (deepBody) diagnostics.push({ file, line: parts.bodyLine + deepBody.line - 1, field: 'body', severity: 'error', message: deepBody.message });
	if (deepYaml) {
		diagnostics.push({ file, line: deepYaml.line + 1, field: '', severity: 'error', message: deepYaml.message });
		return done({ collection: name, id, file, data: undefined, yamlText: parts.yamlText, body: parts.body, bodyLine: parts.bodyLine, lineOf: () => 1 });
	}
	const counter = new LineCounter();
	const doc = parseDocument(parts.yamlText, { lineCounter: counter, prettyErrors: false });
	const lineOf = lineFinder(doc, counter, 2);
	let data: CollectionData<C> | undefined;
	let raw: unknown;
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			// The line of the problem itself, counted in the file (its YAML starts on line 2).
			const line = counter.linePos(error.pos[0]).line + 1;
			if (error.code === 'DUPLICATE_KEY') {
				const key = parts.yamlText.slice(error.pos[0]).match(/^["']?([^"':\n]+)/)?.[1]?.trim() ?? 'a field';
				diagnostics.push({ file, line, field: key, severity: 'error', message: `is written twice: keep one "${key}" line and delete the other` });
			} else if (error.code === 'TAB_AS_INDENT') {
				diagnostics.push({ file, line, field: '', severity: 'error', message: 'is indented with a tab: YAML indents with spaces only; replace the tab with two spaces' });
			} else {
				diagnostics.push({ file, line, field: '', severity: 'error', message: `is not valid YAML: ${error.message.split('\n')[0]} (check the quotes and the indentation on this line and the one above)` });
			}
		}
	} else {
		try {
			raw = doc.toJS() ?? {};
		} catch (error) {
			// The yaml library refuses aliases that expand without bound (a "billion laughs").
			diagnostics.push({ file, line: 2, field: '', severity: 'error', message: `cannot be read: ${(error as Error).message}. Write each value out instead of repeating it with YAML anchors and aliases (&name, *name)` });
			return done({ collection: name, id, file, data: undefined, raw: undefined, yamlText: parts.yamlText, body: parts.body, bodyLine: parts.bodyLine, lineOf });
		}
		const shape = frontMatterShapeProblem(raw);
		if (shape) {
			diagnostics.push({ file, line: 2, field: '', severity: 'error', message: shape });
			return done({ collection: name, id, file, data: undefined, raw: undefined, yamlText: parts.yamlText, body: parts.body, bodyLine: parts.bodyLine, lineOf });
		}
		// A tagged value's own message says it all: the schema's about the same field is left out.
		const tagged = new Set<string>();
		for (const tag of tagsOf(doc)) {
			tagged.add(tag.path.join('.'));
			diagnostics.push({ file, line: lineOf(tag.path), field: tag.path.join('.'), severity: 'error', message: `has the YAML tag "${tag.tag}", which the site does not read: delete the tag and write the value as plain text` });
		}
		const result = schema.safeParse(raw);
		if (result.success) data = result.data as CollectionData<C>;
		else {
			for (const issue of result.error.issues) {
				for (const { field, message } of describeIssue(issue, raw, schema).filter((d) => !tagged.has(d.field))) {
					const fieldPath = field ? field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : [];
					diagnostics.push({ file, line: lineOf(fieldPath), field, severity: 'error', message });
				}
			}
		}
	}
	return done({ collection: name, id, file, data, raw, yamlText: parts.yamlText, body: parts.body, bodyLine: parts.bodyLine, lineOf });
}

/** Reads every collection under `root/content`, validating each file against its schema. */
export async function readContentFiles(root: string): Promise<{ files: ContentFiles; diagnostics: Diagnostic[] }> {
	const diagnostics: Diagnostic[] = [];
	const entries = await Promise.all(
		(Object.keys(COLLECTIONS) as CollectionName[]).map(async (name) => [name, await readCollection(root, name, diagnostics)] as const),
	);
	return { files: Object.fromEntries(entries) as ContentFiles, diagnostics };
}
