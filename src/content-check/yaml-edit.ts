// Edits of front matter as YAML, made where the parsed document says a value is, so that every
// other character of the file (comments, quoting, indentation, CRLF line ends) stays as written:
//
//   aliases: []  # none yet      →  aliases: [old-id]  # none yet
//   aliases: [a]                 →  aliases: [a, old-id]
//   aliases:\n- a                →  aliases:\n- a\n- old-id        (the list's own indentation)
//   aliases: ~                   →  aliases: [old-id]
//   (no aliases)                 →  …\naliases:\n  - old-id
//
// Each edit is then parsed back and compared with what was meant (`sameExceptFor`), so an edit
// the code did not foresee is refused, never written.
import { isMap, isScalar, isSeq, Lexer, parseDocument, type Node } from 'yaml';

/** The line end a text uses: CRLF if it has any, else LF. */
export const lineEnd = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** Adds `item` to the list under the top-level `key` of a YAML text, creating the list if needed. */
export function addToList(yamlText: string, key: string, item: string): string {
	const doc = parseDocument(yamlText, { keepSourceTokens: true });
	const eol = lineEnd(yamlText);
	const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
	const insert = (at: number, text: string) => `${yamlText.slice(0, at)}${text}${yamlText.slice(at)}`;
	if (!pair) return `${yamlText.replace(/\s*$/, '')}${eol}${key}:${eol}  - ${item}`;
	const value = pair.value as Node | null;
	if (isSeq(value) && value.flow && value.range) {
		const last = value.items.at(-1) as Node | undefined;
		if (!last?.range) return insert(yamlText.indexOf('[', value.range[0]) + 1, item);
		const after = last.range[1];
		const comma = /^[ \t]*,/.exec(yamlText.slice(after));
		return comma ? insert(after + comma[0].length, ` ${item},`) : insert(after, `, ${item}`);
	}
	if (isSeq(value) && value.range) {
		const lineStart = yamlText.lastIndexOf('\n', value.range[0]) + 1;
		const indent = yamlText.slice(lineStart, value.range[0]);
		const last = value.items.at(-1) as Node | undefined;
		const from = last?.range?.[1] ?? value.range[1];
		const newline = yamlText.indexOf('\n', from);
		const end = newline < 0 ? yamlText.length : yamlText[newline - 1] === '\r' ? newline - 1 : newline;
		return insert(end, `${eol}${indent}- ${item}`);
	}
	if (isScalar(value) && value.range) {
		const [start, end] = value.range;
		const written = yamlText.slice(start, end);
		// A null (`~`, `null`, nothing) becomes a list of one; a single id, a list of two.
		const list = value.value === null ? `[${item}]` : `[${written}, ${item}]`;
		const before = yamlText[start - 1] === ':' ? ' ' : '';
		const afterText = yamlText[end] === '#' ? ' ' : '';
		return `${yamlText.slice(0, start)}${before}${list}${afterText}${yamlText.slice(end)}`;
	}
	// Anything else (a map, an alias node): left to the caller's check, which refuses it.
	return yamlText;
}

/** Every comment of a YAML text, in order, as written (`# none yet`). */
export function commentsOf(yamlText: string): string[] {
	return [...new Lexer().lex(yamlText, false)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}

/**
 * Why an edited YAML text is not what was meant, or undefined when it is: it must parse, hold
 * exactly the data `expected` (the original data with the intended change), and keep every
 * comment of the original.
 */
export function editProblem(original: string, edited: string, expected: unknown): string | undefined {
	const doc = parseDocument(edited);
	if (doc.errors.length > 0) return `the edited front matter would not parse (${doc.errors[0]!.message.split('\n')[0]})`;
	if (JSON.stringify(doc.toJS()) !== JSON.stringify(expected)) return 'the edited front matter would not hold the same fields and values';
	if (JSON.stringify(commentsOf(original)) !== JSON.stringify(commentsOf(edited))) return 'the edit would change a comment';
	return undefined;
}
