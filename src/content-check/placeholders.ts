// Unfinished copy never publishes. Newsrooms mark what is still to come with TK, TODO, XXX or
// FIXME, and put notes to each other in brackets ("[check this]", "[TK]", "[name?]"); any of
// these in a field or a body is an error, "finish or delete it". Not placeholders: HTML comments
// (never published), links `[text](url)`, citations `:claim[text]{#id}`, quotation brackets
// ("[North Korean] troops", "[sic]", "[…]"), lower-case "tk". When the letters are the text
// ("TK Elevator"), a comment `tk-ok` on the same line lets them through: `# tk-ok` in the
// front matter, `<!-- tk-ok -->` in a body.
import { Lexer } from 'yaml';
import type { ContentFile, ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The words: whole, in capitals (TKTK and XXXX too). */
const MARKER = /(?<![\w-])(TK(?:TK)*|TODO|X{3,}|FIXME)(?![\w-])/;
/** A note in brackets: one that holds a marker, asks a question, or starts with a desk's cue. */
const NOTE = /\[([^\][\n]{0,200})\]/g;
const CUE = /^\s*(?:check|confirm|verify|insert|add|fill|fix|need(?:s|ed)?|citation|cite|link|placeholder|tbd|tbc|tk|todo|fixme|xxx|to come|note to|ask)\b/i;
/** Where a bracket is Markdown, not a note: a link's or image's text, a reference, a directive's label, a task box, a footnote. */
const MARKDOWN_BRACKET = (text: string, start: number, end: number) =>
	/[(\[:{]/.test(text[end] ?? '') || /(?:!|:[a-z]+|\])$/i.test(text.slice(Math.max(0, start - 12), start)) || /^\[[ xX^]/.test(text.slice(start, start + 2));

/** The placeholder a piece of text holds, as written, or undefined. */
export function placeholderIn(text: string): string | undefined {
	for (const match of text.matchAll(NOTE)) {
		const start = match.index;
		const end = start + match[0].length;
		if (MARKDOWN_BRACKET(text, start, end)) continue;
		const inside = match[1]!;
		if (MARKER.test(inside) || CUE.test(inside) || /\?\s*$/.test(inside)) return match[0];
	}
	return MARKER.exec(text)?.[0];
}

const FINISH = 'is unfinished copy, which would be published: finish or delete it (if the letters are the text, see "Placeholders" in content/README.md)';

/** Lines of a file's front matter that carry a `tk-ok` comment (file line numbers). */
function allowedYamlLines(yamlText: string | undefined): Set<number> {
	const lines = new Set<number>();
	if (!yamlText) return lines;
	let line = 2;
	for (const token of new Lexer().lex(yamlText, false)) {
		if (token.startsWith('#') && /\btk-ok\b/i.test(token)) lines.add(line);
		line += token.split('\n').length - 1;
	}
	return lines;
}

/** Every string in parsed front matter, with its path. */
function strings(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
	if (typeof data === 'string') return [{ path, value: data }];
	if (Array.isArray(data)) return data.flatMap((item, i) => strings(item, [...path, i]));
	if (data && typeof data === 'object' && !(data instanceof Date)) return Object.entries(data).flatMap(([key, value]) => strings(value, [...path, key]));
	return [];
}

/**
 * A diagnostic for each placeholder in every file's fields and body, unless the same file, line
 * and field already has an error (the template's own "is still the placeholder" says it first).
 */
export function checkPlaceholders(files: ContentFiles, earlier: readonly Diagnostic[]): Diagnostic[] {
	const found: Diagnostic[] = [];
	const taken = new Set(earlier.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.field}`));
	const add = (d: Diagnostic) => {
		if (!taken.has(`${d.file}:${d.line}:${d.field}`) && !taken.has(`${d.file}:${d.line}:`)) found.push(d);
	};
	for (const entry of Object.values(files).flat() as ContentFile[]) {
		const allowed = allowedYamlLines(entry.yamlText);
		for (const { path, value } of strings(entry.raw)) {
			const placeholder = placeholderIn(value);
			const line = entry.lineOf(path);
			if (placeholder && !allowed.has(line)) add({ file: entry.file, line, field: path.join('.'), severity: 'error', message: `has "${placeholder}", which ${FINISH}` });
		}
		// HTML comments are never published: they are blanked (keeping their lines) before the scan.
		const body = entry.body.replace(/<!--[\s\S]*?-->/g, (comment) => (/\btk-ok\b/i.test(comment) ? '\u0000' : comment.replace(/[^\n]/g, ' ')));
		body.split('\n').forEach((text, i) => {
			const placeholder = text.includes('\u0000') ? undefined : placeholderIn(text);
			if (placeholder) add({ file: entry.file, line: entry.bodyLine + i, field: 'body', severity: 'error', message: `has "${placeholder}", which ${FINISH}` });
		});
	}
	return found;
}
