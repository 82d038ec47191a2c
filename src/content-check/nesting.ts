// A fixed limit on how deeply text may nest, checked line by line before anything is parsed:
// Markdown and YAML parsers take time (or stack) that grows faster than the input with
// nesting, so 20,000 nested `>` or a body of nested brackets could stall or crash the check
// and the build. No real story nests anywhere near the limit.

/** The deepest nesting accepted: quotes, list levels, or brackets open at once. */
export const NESTING_LIMIT = 32;

/** The most brackets a body may open: Markdown reads links with a look-back that grows with their number. */
export const BRACKET_LIMIT = 1_000;

/** The longest body accepted (about 8,000 words; the longest today is under 2,000 characters). */
export const BODY_LIMIT = 50_000;

/** Where text first nests too deeply, as a 1-based line of `text` and what nests, or undefined. */
export interface NestingProblem {
	line: number;
	message: string;
}

/** How many containers (block quotes, list items, indentation steps) a Markdown line opens. */
function containerDepth(line: string): number {
	let markers = 0;
	let spaces = 0;
	let i = 0;
	while (i < line.length) {
		const ch = line[i]!;
		if (ch === ' ') spaces++;
		else if (ch === '\t') spaces += 4;
		else if (ch === '>') markers++;
		else {
			const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i));
			if (!marker) break;
			markers++;
			i += marker[0].length;
			continue;
		}
		i++;
	}
	return Math.max(markers, Math.floor(spaces / 2));
}

const tooDeep = (line: number, what: string): NestingProblem => ({
	line,
	message: `nests ${what} more than ${NESTING_LIMIT} deep on this line, which would stall the site's build: flatten it (no story needs more than a few levels)`,
});

/** The first line of a Markdown body that nests too deeply, or is too long or bracket-heavy to parse in good time, or undefined. Linear in the body's length. */
export function bodyNestingProblem(body: string): NestingProblem | undefined {
	if (body.length > BODY_LIMIT) {
		return { line: body.slice(0, BODY_LIMIT).split('\n').length, message: `is longer than ${BODY_LIMIT.toLocaleString('en')} characters (from this line on), which would stall the site's build: shorten it, or split it over several files` };
	}
	const lines = body.split('\n');
	let fence: string | undefined;
	const open = { '[': 0, '(': 0, '{': 0 } as Record<string, number>;
	const close: Record<string, string> = { ']': '[', ')': '(', '}': '{' };
	let opened = 0;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n]!;
		if (containerDepth(line) > NESTING_LIMIT) return tooDeep(n + 1, 'quotes (>) or lists');
		const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark;
		// Inline brackets never run past a paragraph: count afresh after a blank line.
		if (fence || line.trim() === '') {
			for (const key of Object.keys(open)) open[key] = 0;
			continue;
		}
		for (let i = 0; i < line.length; i++) {
			const ch = line[i]!;
			if (ch === '\\') i++;
			else if (ch === '[' && ++opened > BRACKET_LIMIT) {
				return { line: n + 1, message: `opens more than ${BRACKET_LIMIT} brackets ([) in one body, which would stall the site's build: write fewer links, or split the text over several files` };
			} else if (ch in open && ++open[ch]! > NESTING_LIMIT) return tooDeep(n + 1, `brackets (${ch})`);
			else if (ch in close) open[close[ch]!] = Math.max(0, open[close[ch]!]! - 1);
		}
	}
	return undefined;
}

/** The first line of a YAML text whose flow collections ([…], {…}) nest too deeply, or undefined. */
export function yamlNestingProblem(yaml: string): NestingProblem | undefined {
	let depth = 0;
	let line = 1;
	for (let i = 0; i < yaml.length; i++) {
		const ch = yaml[i]!;
		if (ch === '\n') line++;
		// Brackets in quoted text count too: no real value holds 32 of them.
		if (ch === '#' && /\s/.test(yaml[i - 1] ?? ' ')) while (i + 1 < yaml.length && yaml[i + 1] !== '\n') i++;
		else if (ch === '[' || ch === '{') {
			if (++depth > NESTING_LIMIT) return tooDeep(line, 'lists or maps ([ or {)');
		} else if ((ch === ']' || ch === '}') && depth > 0) depth--;
	}
	// Block indentation: a line indented past the limit's worth of levels.
	const deep = yaml.split('\n').findIndex((text) => /^ */.exec(text)![0].length > NESTING_LIMIT * 2);
	return deep >= 0 ? tooDeep(deep + 1, 'indented fields') : undefined;
}
