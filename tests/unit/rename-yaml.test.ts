// `npm run rename` edits front matter as YAML: whatever style an editor wrote the lists in
// (flow, block, unindented, empty with a comment, `~`, CRLF line ends, any quoting), the renamed
// claim's file parses, its aliases are a list holding the old id, and every other key and every
// comment is as it was. Named fixtures first, then generated front matter (fast-check).
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER } from '../../src/content-check/content-files.ts';
import { planRename, type RenamePlan, type TextFile } from '../../src/content-check/rename.ts';
import { commentsOf } from '../../src/content-check/yaml-edit.ts';

const OLD = 'old-claim';
const NEW = 'new-claim';

/** The front matter of a file as data, and its comments. */
function read(text: string) {
	const match = FRONT_MATTER.exec(text);
	expect(match, text).not.toBeNull();
	const doc = parseDocument(match![2]!);
	expect(doc.errors, text).toEqual([]);
	return { data: doc.toJS() as Record<string, unknown>, comments: commentsOf(match![2]!) };
}

/** Renames OLD to NEW among `files` (the claim first), in memory. */
function rename(claimText: string, others: TextFile[] = []): RenamePlan {
	const plan = planRename('claim', OLD, NEW, [{ path: `content/claims/${OLD}.md`, text: claimText }, ...others], new Set());
	if ('refused' in plan) throw new Error(plan.refused);
	return plan;
}
const written = (plan: RenamePlan, file: string) => plan.writes.find((write) => write.path === file)!.text;

/** Asserts the renamed claim holds the original's data with OLD appended to its aliases, and all its comments. */
function expectRoundTrip(original: string, edited: string) {
	const before = read(original);
	const after = read(edited);
	const { aliases: oldAliases, ...rest } = before.data;
	const { aliases, ...restAfter } = after.data;
	expect(aliases).toEqual([...(Array.isArray(oldAliases) ? oldAliases : oldAliases == null ? [] : [oldAliases]), OLD]);
	expect(restAfter).toEqual(rest);
	expect(after.comments).toEqual(before.comments);
	expect(edited.slice(FRONT_MATTER.exec(edited)![0].length)).toBe(original.slice(FRONT_MATTER.exec(original)![0].length));
}

const claim = (aliases: string, eol = '\n') => ['---', 'statement: "A claim."', 'status: reported', aliases, 'topics:', '  - combat', '---', '', 'Body.', ''].join(eol);

describe('npm run rename keeps a claim file valid whatever style its aliases are written in', () => {
	const cases: [string, string][] = [
		['a flow list of one: [old-a]', claim('aliases: [old-a]')],
		['an empty flow list with a comment: []  # none yet', claim('aliases: []  # none yet')],
		['a block list without indentation', claim('aliases:\n- old-a\n- old-b')],
		['a null written ~', claim('aliases: ~')],
		['a null written null, with a comment', claim('aliases: null # later')],
		['an empty value', claim('aliases:')],
		['an empty value with a comment', claim('aliases: # none yet')],
		['no aliases field at all', claim('corrections: []')],
		['an indented block list with a comment between items', claim('aliases:\n  - old-a\n  # kept for the March link\n  - "old-b" # quoted')],
		['a flow list over several lines with a trailing comma', claim('aliases: [\n  old-a,\n  old-b, # last\n]')],
		['single-quoted flow items', claim("aliases: ['old-a', 'old-b']")],
		['a block list with CRLF line ends', claim('aliases:\r\n  - old-a', '\r\n')],
		['a flow list with CRLF line ends', claim('aliases: [old-a]  # none', '\r\n')],
		['a single id instead of a list', claim('aliases: old-a')],
	];
	it.each(cases)('%s', (_, text) => {
		expect(cases.length).toBe(14);
		const edited = written(rename(text), `content/claims/${NEW}.md`);
		expectRoundTrip(text, edited);
		if (text.includes('\r\n')) expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('rewrites references to the old id in every list style, keeping each file\'s comments and quoting', () => {
		const other = ['---', 'statement: "Other."', 'supports: [old-claim, x]  # both', 'contradicts:', '- "old-claim"', "qualifies: ['old-claim']", '---', ''].join('\n');
		const plan = rename(claim('aliases: []'), [{ path: 'content/claims/other.md', text: other }]);
		const edited = written(plan, 'content/claims/other.md');
		expect(edited).toBe(other.replace('[old-claim, x]', '[new-claim, x]').replace('"old-claim"', '"new-claim"').replace("'old-claim'", "'new-claim'"));
	});
});

describe('npm run rename rewrites links in bodies to the renamed page or anchor', () => {
	const other = (text: string): TextFile => ({ path: 'content/claims/other.md', text: `---\nstatement: "Other."\n---\n\n${text}\n` });
	const rows: [string, 'claim' | 'source' | 'place' | 'question', string, string][] = [
		['a claim anchor and page', 'claim', '[a](/#old-claim) and [b](/claims/old-claim/) but not [c](/#old-claim-2)', '[a](/#new-claim) and [b](/claims/new-claim/) but not [c](/#old-claim-2)'],
		['a question page and anchor', 'question', '[q](/questions/old-claim/) and <a href="/#question-old-claim">q</a>', '[q](/questions/new-claim/) and <a href="/#question-new-claim">q</a>'],
		['a source anchor', 'source', '[s](/#source-old-claim).', '[s](/#source-new-claim).'],
		['a place anchor', 'place', '[p](/#place-old-claim), not [p](/#place-old-claims)', '[p](/#place-new-claim), not [p](/#place-old-claims)'],
	];
	it.each(rows)('%s', (_, kind, before, after) => {
		expect(rows).toHaveLength(4);
		const folder = { claim: 'content/claims', source: 'content/sources', place: 'content/places', question: 'content/questions' }[kind];
		const plan = planRename(kind, OLD, NEW, [{ path: `${folder}/${OLD}.md`, text: '---\nname: "x"\n---\n' }, other(before)], new Set());
		if ('refused' in plan) throw new Error(plan.refused);
		expect(written(plan, 'content/claims/other.md')).toBe(other(after).text);
	});
});

// Generated front matter: every list in one of the styles editors write, scalars in plain,
// single- or double-quoted style, comments on some lines, LF or CRLF.
const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5})?$/).filter((s) => s !== OLD && s !== NEW);
const comment = fc.option(fc.stringMatching(/^[A-Za-z ,.:]{0,20}$/).map((text) => `# ${text}`.trimEnd()), { nil: undefined });
const quoted = (value: string) => fc.constantFrom(value, `'${value}'`, `"${value}"`);
/** A field holding a list of `items`, written in one of the styles editors use, perhaps with a comment. */
const list = (key: string, items: string[]) =>
	fc.tuple(fc.constantFrom('flow', 'block', 'unindented', 'tilde', 'null'), fc.tuple(...items.map(quoted)), comment).map(([style, written, note]) => {
		const tail = note ? `  ${note}` : '';
		if (items.length === 0 && (style === 'block' || style === 'unindented')) return `${key}: []${tail}`;
		if (style === 'tilde') return `${key}: ~${tail}`;
		if (style === 'null') return `${key}:${tail}`;
		if (style === 'flow') return `${key}: [${written.join(', ')}]${tail}`;
		const indent = style === 'block' ? '  ' : '';
		return `${key}:${tail}\n${written.map((item) => `${indent}- ${item}`).join('\n')}`;
	});
const frontMatter = fc
	.record({
		statement: fc.stringMatching(/^[A-Za-z][A-Za-z ,.]{0,29}$/).chain((text) => fc.constantFrom(`"${text}"`, `'${text}'`, text.trim())),
		aliases: fc.uniqueArray(id, { maxLength: 3 }).chain((items) => list('aliases', items)),
		supports: fc.uniqueArray(fc.oneof(id, fc.constant('other')), { maxLength: 2 }).chain((items) => list('supports', items)),
		before: comment,
		crlf: fc.boolean(),
		reversed: fc.boolean(),
	})
	.map(({ statement, aliases, supports, before, crlf, reversed }) => {
		const lines = [`statement: ${statement}`, ...(before ? [before] : []), aliases, supports, 'status: reported'];
		if (reversed) lines.reverse();
		return `---\n${lines.join('\n')}\n---\n\nBody text.\n`.replace(/\n/g, crlf ? '\r\n' : '\n');
	});

describe('npm run rename, on generated front matter in every style editors use', () => {
	it('round-trips it: the file parses, aliases is a list ending with the old id, every other key and comment unchanged', () => {
		let tried = 0;
		fc.assert(
			fc.property(frontMatter, (text) => {
				tried++;
				const before = read(text);
				expect(before.data).toHaveProperty('status', 'reported');
				expectRoundTrip(text, written(rename(text), `content/claims/${NEW}.md`));
			}),
			{ numRuns: 400 },
		);
		expect(tried).toBe(400);
	});
});
