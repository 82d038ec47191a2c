import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { ID_PATTERN } from '../schemas/id.ts';
import { FRONT_MATTER } from './content-files.ts';
import { reservedIdProblem } from '../story/urls.ts';
import { addToList, editProblem } from './yaml-edit.ts';

/** What can be renamed, the folder its files are in, and the fields that refer to one by id. */
export const RENAMABLE = {
	claim: { folder: 'content/claims', fields: ['supports', 'contradicts', 'qualifies', 'claims', 'claim', 'whatWeKnowNow'], citations: true, links: ['/#', '/claims/', '/embed/claims/'] },
	source: { folder: 'content/sources', fields: ['claimant', 'reportedBy', 'statedBy', 'outlet', 'agency'], citations: false, links: ['/#source-'] },
	place: { folder: 'content/places', fields: ['places', 'distanceTo'], citations: false, links: ['/#place-'] },
	question: { folder: 'content/questions', fields: [], citations: false, links: ['/questions/', '/#question-'] },
} as const;
export type RenamableKind = keyof typeof RENAMABLE;

/** One content file as text, by its path from the project root. */
export interface TextFile {
	path: string;
	text: string;
}

/** What a rename does: files to write (new text), files to move, and a line for each change. */
export interface RenamePlan {
	writes: TextFile[];
	move: { from: string; to: string };
	changes: string[];
}


/**
 * Replaces scalar references to `from` under `fields` in one file's front matter, and in its
 * body `{#from}` citations and links to the entry's page or anchor (`links`: `/questions/from/`).
 */
function rewrite(file: TextFile, fields: readonly string[], citations: boolean, links: readonly string[], from: string, to: string): { text: string; count: number } {
	const match = FRONT_MATTER.exec(file.text);
	if (!match) return { text: file.text, count: 0 };
	const [, open, yamlText, close] = match as unknown as [string, string, string, string];
	const doc = parseDocument(yamlText);
	const ranges: [number, number][] = [];
	const collect = (node: Node | null | undefined) => {
		if (isScalar(node) && node.value === from && node.range) ranges.push([node.range[0], node.range[1]]);
		else if (isSeq(node)) node.items.forEach((item) => collect(item as Node));
	};
	const visit = (node: unknown) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '';
				if ((fields as readonly string[]).includes(key)) collect(pair.value as Node);
				else visit(pair.value);
			}
		} else if (isSeq(node)) node.items.forEach(visit);
	};
	visit(doc.contents);
	let yaml = yamlText;
	for (const [start, end] of ranges.sort((a, b) => b[0] - a[0])) {
		const quote = /^["']/.test(yaml[start]!) ? yaml[start] : '';
		yaml = `${yaml.slice(0, start)}${quote}${to}${quote}${yaml.slice(end)}`;
	}
	let body = file.text.slice(match[0].length);
	let cited = 0;
	if (citations) body = body.replace(new RegExp(`\\{#${from}\\}`, 'g'), () => (cited++, `{#${to}}`));
	for (const link of links) {
		const escaped = link.replace(/[/#]/g, (c) => `\\${c}`);
		body = body.replace(new RegExp(`${escaped}${from}(?![a-z0-9-])`, 'g'), () => (cited++, `${link}${to}`));
	}
	return { text: `${open}${yaml}${close}${body}`, count: ranges.length + cited };
}

/** Every alias the claim files list, read from their front matter as YAML. */
export function claimAliases(files: readonly TextFile[]): Set<string> {
	const aliases = new Set<string>();
	for (const file of files.filter((f) => f.path.startsWith(`${RENAMABLE.claim.folder}/`))) {
		const match = FRONT_MATTER.exec(file.text);
		const data = match ? (parseDocument(match[2]!).toJS() as { aliases?: unknown } | null) : null;
		if (Array.isArray(data?.aliases)) for (const alias of data.aliases) aliases.add(String(alias));
	}
	return aliases;
}

/**
 * The data a file's front matter must hold after the rename: `from` replaced by `to` where
 * `rewrite` replaces it, and for the renamed claim, `from` added to its aliases.
 */
function expectedData(raw: unknown, fields: readonly string[], from: string, to: string, alias?: string): unknown {
	const swap = (value: unknown): unknown => (value === from ? to : Array.isArray(value) ? value.map(swap) : value);
	const visit = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(visit);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, fields.includes(key) ? swap(v) : visit(v)]));
		return value;
	};
	const data = visit(raw ?? {}) as Record<string, unknown>;
	if (alias === undefined) return data;
	const aliases = data.aliases;
	return { ...data, aliases: aliases === null || aliases === undefined ? [alias] : Array.isArray(aliases) ? [...aliases, alias] : [aliases, alias] };
}

/** Adds `alias` to a claim file's aliases (creating the field if it has none), editing only that value. */
function addAlias(text: string, alias: string): string {
	const match = FRONT_MATTER.exec(text)!;
	const [, open, yamlText, close] = match as unknown as [string, string, string, string];
	return `${open}${addToList(yamlText, 'aliases', alias)}${close}${text.slice(match[0].length)}`;
}

/** Why an edited file is not the original with only the intended change, or undefined when it is. */
function checkEdit(original: string, edited: string, fields: readonly string[], from: string, to: string, alias?: string): string | undefined {
	const before = FRONT_MATTER.exec(original);
	const after = FRONT_MATTER.exec(edited);
	if (!before) return edited === original ? undefined : 'a file without front matter would change';
	if (!after) return 'the edited file would lose its front matter';
	const expected = expectedData(parseDocument(before[2]!).toJS(), fields, from, to, alias);
	return editProblem(before[2]!, after[2]!, expected);
}

/**
 * Plans renaming `from` to `to`: move the file, rewrite every reference in `files` (the fields
 * that refer to that kind, and `:claim[…]{#id}` citations for claims), and for a claim, keep
 * the old id working as an alias. Refuses, with a reason, what it must not do: an unknown or
 * taken id, an id that is not one, a file that does not parse (so no edit is ever lost).
 */
export function planRename(kind: RenamableKind, from: string, to: string, files: readonly TextFile[], taken: ReadonlySet<string>): RenamePlan | { refused: string } {
	const { folder, fields, citations, links } = RENAMABLE[kind];
	const source = files.find((file) => file.path === `${folder}/${from}.md`);
	if (!source) return { refused: `there is no ${kind} "${from}" (${folder}/${from}.md)` };
	if (!ID_PATTERN.test(to)) return { refused: `"${to}" is not an id: use lower-case letters, digits and single hyphens` };
	if (files.some((file) => file.path === `${folder}/${to}.md`) || taken.has(to)) return { refused: `"${to}" is already taken: ${folder}/${to}.md exists, or a claim uses it as an alias; choose another id` };
	if (kind === 'claim' && reservedIdProblem(to)) return { refused: reservedIdProblem(to)! };
	for (const file of files) {
		const match = FRONT_MATTER.exec(file.text);
		if (match && parseDocument(match[2]!).errors.length > 0) return { refused: `${file.path} does not parse as YAML: fix it first (npm run check), so that no edit is lost` };
	}
	const writes: TextFile[] = [];
	const changes: string[] = [];
	for (const file of files) {
		const { text, count } = rewrite(file, fields, citations, links, from, to);
		let next = text;
		const alias = file === source && kind === 'claim' ? from : undefined;
		if (alias !== undefined) next = addAlias(next, alias);
		// Parsed back before anything is written: the edit must change the ids and nothing else.
		const problem = checkEdit(file.text, next, fields, from, to, alias);
		if (problem) return { refused: `${file.path} could not be edited safely: ${problem}. Nothing was changed; make this edit by hand` };
		if (next !== file.text) {
			writes.push({ path: file === source ? `${folder}/${to}.md` : file.path, text: next });
			if (count > 0) changes.push(`${file.path}: ${count} reference${count === 1 ? '' : 's'} to "${from}" now "${to}"`);
		}
	}
	if (!writes.some((write) => write.path === `${folder}/${to}.md`)) writes.push({ path: `${folder}/${to}.md`, text: source.text });
	changes.unshift(`${source.path} → ${folder}/${to}.md${kind === 'claim' ? ` (old id kept as an alias, so its links keep working)` : ''}`);
	return { writes, move: { from: source.path, to: `${folder}/${to}.md` }, changes };
}
