// What a YAML document may hold to be a content file's front matter: fields (a map, not a list
// or a line of text), and values the site reads (no `!!binary`, `!!set` or custom tags).
import { isMap, isSeq, type Document, type Node } from 'yaml';

/** Why parsed front matter is not a set of fields, or undefined when it is. */
export function frontMatterShapeProblem(raw: unknown): string | undefined {
	if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.getPrototypeOf(raw) === Object.prototype) return undefined;
	const what = Array.isArray(raw) ? 'a list ("- …" lines)' : typeof raw === 'string' ? 'a line of text' : `a ${typeof raw === 'object' ? 'value' : typeof raw}`;
	return `holds ${what} between the "---" lines, not fields: write one field per line as name: value, like statement: "…" (content/README.md lists each collection's fields)`;
}

/** Tags that only restate what YAML reads anyway: `!!str 2024`, `!!int 5`. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** Every value written with another tag (`!!binary`, `!!set`, `!!timestamp`, `!custom`), with its field path. */
export function tagsOf(doc: Document): { path: (string | number)[]; tag: string }[] {
	const found: { path: (string | number)[]; tag: string }[] = [];
	const visit = (node: unknown, path: (string | number)[]) => {
		const tag = (node as Node | null)?.tag;
		if (tag && !PLAIN_TAGS.has(tag)) found.push({ path, tag: tag.replace('tag:yaml.org,2002:', '!!') });
		if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, String((pair.key as { value?: unknown })?.value ?? pair.key)]);
		else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
	};
	visit(doc.contents, []);
	return found;
}

/**
 * A file saved in another encoding than UTF-8 (Latin-1, Windows-1252), whose "é" would show as
 * "\uFFFD" on the page: the first line it happens on, or undefined when the bytes are UTF-8.
 */
export function notUtf8Line(bytes: Uint8Array, text: string): number | undefined {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return undefined;
	} catch {
		const at = text.indexOf('\uFFFD');
		return at < 0 ? 1 : text.slice(0, at).split('\n').length;
	}
}
