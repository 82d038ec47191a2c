// Hostile and malformed content (issue #25) and unfinished copy (#27): each row is one case an
// editor (or an attacker with commit access) can write, and the exact message the content
// check must give for it, with the file, the line and the field. The content is a copy of
// content/ in a temporary folder; each row edits one file and puts it back.
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';

/** One case: the file it edits, the edit, and a pattern the whole message line must match. */
interface Row {
	name: string;
	file: string;
	edit: (text: string) => string | Buffer;
	expected: RegExp;
}

const CLAIM = 'content/claims/first-clash-reported.md';
const ESTIMATE = 'content/estimates/zelenskyy-11000-kursk.md';

/** Replaces `from` once, failing loudly if the fixture no longer matches the content. */
const replace = (from: string | RegExp, to: string) => (text: string) => {
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture did not change the file: ${from}`);
	return next;
};
/** Adds Markdown at the end of the body. */
const body = (markdown: string) => (text: string) => `${text.trimEnd()}\n\n${markdown}\n`;
const figure = (value: string) => replace(/^value: .*$/m, `value: ${value}`);

const messageRows: Row[] = [
	{ name: 'a figure written .nan', file: ESTIMATE, edit: figure('.nan'), expected: /^content\/estimates\/zelenskyy-11000-kursk\.md:2 value: is \.nan \("not a number" in YAML\): write a whole number, like 12000$/ },
	{ name: 'a figure written 10_000', file: ESTIMATE, edit: figure('10_000'), expected: /:2 value: "10_000" is not a number: write a plain number, like 12000 \(no commas, underscores or words\)$/ },
	{ name: 'a figure of 0', file: ESTIMATE, edit: figure('0'), expected: /:2 value: 0 is too small: write a number above 0$/ },
	{ name: 'a figure of 1.5', file: ESTIMATE, edit: figure('1.5'), expected: /:2 value: 1\.5 is not a whole number: write a whole number, like 12000 \(for "1\.5 million", write 1500000\)$/ },
	{ name: 'a figure of .inf', file: ESTIMATE, edit: figure('.inf'), expected: /:2 value: is \.inf \(infinity in YAML\): write a whole number/ },
	{ name: 'a day that is not in the calendar (30 February)', file: CLAIM, edit: replace(/^assessed: .*$/m, 'assessed: 2024-02-30'), expected: /first-clash-reported\.md:\d+ assessed: "2024-02-30" is not a real date: February 2024 has 29 days; correct the day$/ },
	{ name: 'a stated date in month 13', file: CLAIM, edit: replace(/value: 2024-11-06/, 'value: 2024-13-01'), expected: /stated\.value: "2024-13-01" is not a real date: there is no month 13/ },
	{ name: 'front matter that is a list', file: CLAIM, edit: () => '---\n- statement\n- status\n---\n\nBody.\n', expected: /first-clash-reported\.md:2: holds a list \("- …" lines\) between the "---" lines, not fields: write one field per line as name: value/ },
	{ name: 'front matter that is a line of text', file: CLAIM, edit: () => '---\njust a sentence\n---\n\nBody.\n', expected: /first-clash-reported\.md:2: holds a line of text between the "---" lines, not fields/ },
	{ name: 'an opening "--- " with a trailing space', file: CLAIM, edit: replace(/^---\n/, '--- \n'), expected: /first-clash-reported\.md:1: has a space after the opening "---": delete it, so that the first line is "---" alone$/ },
	{ name: 'a value tagged !!binary', file: CLAIM, edit: replace(/^statement: .*$/m, 'statement: !!binary aGVsbG8='), expected: /first-clash-reported\.md:2 statement: has the YAML tag "!!binary", which the site does not read: delete the tag and write the value as plain text$/ },
	{ name: 'a field written twice', file: CLAIM, edit: replace(/^status: (.*)$/m, 'status: reported\nstatus: reported'), expected: /first-clash-reported\.md:\d+ status: is written twice: keep one "status" line and delete the other$/ },
	{ name: 'a list indented with a tab', file: CLAIM, edit: replace(/^ {2}- combat$/m, '\t- combat'), expected: /first-clash-reported\.md:\d+: is indented with a tab: YAML indents with spaces only; replace the tab with two spaces$/ },
	{ name: 'a Latin-1 byte (é saved as 0xE9)', file: CLAIM, edit: (text) => Buffer.concat([Buffer.from(`${text.trimEnd()}\n\nCaf`), Buffer.from([0xe9]), Buffer.from('.\n')]), expected: /first-clash-reported\.md:\d+: has a character that is not UTF-8 on this line \(the file was saved as Latin-1 or Windows-1252/ },
	{ name: '20,000 nested ">" in a body', file: CLAIM, edit: body(`${'>'.repeat(20_000)} deep`), expected: /first-clash-reported\.md:\d+ body: nests quotes \(>\) or lists more than 32 deep on this line/ },
	{ name: 'a 300 kB body of nested brackets', file: CLAIM, edit: body(`${'['.repeat(150_000)}x${']'.repeat(150_000)}`), expected: /first-clash-reported\.md:\d+ body: nests brackets \(\[\) more than 32 deep on this line/ },
	{ name: 'a list nested 200 levels', file: CLAIM, edit: body(Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- level`).join('\n')), expected: /body: nests quotes \(>\) or lists more than 32 deep/ },
	{ name: 'front matter nested 20,000 lists deep', file: CLAIM, edit: replace(/^short: .*$/m, `short: ${'['.repeat(20_000)}${']'.repeat(20_000)}`), expected: /first-clash-reported\.md:3: nests lists or maps \(\[ or \{\) more than 32 deep on this line/ },
];

/** Every row, by issue item; the count shows in the test names. */
const tables: [string, Row[]][] = [['#25 item 5: messages in the house style, and a fixed nesting limit', messageRows]];

describe('hostile and malformed content is refused with file, line, field and fix', () => {
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(path.join(os.tmpdir(), 'hostile-content-'));
		await cp(path.resolve('content'), path.join(root, 'content'), { recursive: true });
		await symlink(path.resolve('public'), path.join(root, 'public'), 'dir');
		// The first run loads the parsers: the timings below are of the check alone.
		await checkContent(root);
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	for (const [table, rows] of tables) {
		describe(`${table} (${rows.length} cases)`, () => {
			it.each(rows.map((row) => [row.name, row] as const))('%s', async (_, row) => {
				const file = path.join(root, row.file);
				const original = await readFile(file);
				await writeFile(file, row.edit(original.toString('utf8')));
				try {
					const started = performance.now();
					const { diagnostics } = await checkContent(root);
					// Linear in the input: no case may stall the check.
					expect(performance.now() - started).toBeLessThan(5_000);
					const lines = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
					expect(lines.length).toBeGreaterThan(0);
					expect(lines.some((line) => row.expected.test(line)), lines.join('\n')).toBe(true);
				} finally {
					await writeFile(file, original);
				}
			});
		});
	}
});
