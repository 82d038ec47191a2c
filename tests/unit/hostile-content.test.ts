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
	{ name: 'a 300 kB body of nested brackets', file: CLAIM, edit: body(`${'['.repeat(150_000)}x${']'.repeat(150_000)}`), expected: /first-clash-reported\.md:\d+ body: is longer than 50,000 characters \(from this line on\), which would stall the site's build/ },
	{ name: 'a 20 kB body of nested brackets', file: CLAIM, edit: body(`${'['.repeat(10_000)}x${']'.repeat(10_000)}`), expected: /first-clash-reported\.md:\d+ body: nests brackets \(\[\) more than 32 deep on this line/ },
	{ name: '300 kB of flat brackets "[a] [a] …"', file: CLAIM, edit: body('[a] '.repeat(75_000)), expected: /body: is longer than 50,000 characters/ },
	{ name: '1,500 bracketed words in separate paragraphs', file: CLAIM, edit: body('[a]\n\n'.repeat(1_500)), expected: /body: opens more than 1000 brackets \(\[\) in one body, which would stall the site's build/ },
	{ name: 'a list nested 200 levels', file: CLAIM, edit: body(Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- level`).join('\n')), expected: /body: nests quotes \(>\) or lists more than 32 deep/ },
	{ name: 'front matter nested 20,000 lists deep', file: CLAIM, edit: replace(/^short: .*$/m, `short: ${'['.repeat(20_000)}${']'.repeat(20_000)}`), expected: /first-clash-reported\.md:3: nests lists or maps \(\[ or \{\) more than 32 deep on this line/ },
];

const QUESTION = 'content/questions/where-are-they.md';
const SOURCE = 'content/sources/kbs.md';
const sourceUrl = (url: string) => (text: string) => (/^url: /m.test(text) ? text.replace(/^url: .*$/m, `url: "${url}"`) : text.replace(/\n---\n/, `\nurl: "${url}"\n---\n`));

const bodyRows: Row[] = [
	{ name: 'an unclosed <!-- in a body', file: CLAIM, edit: body('<!-- a note to myself\n\nThe rest of the text.'), expected: /first-clash-reported\.md:\d+ body: has an HTML comment "<!--" that is never closed, which would hide the rest of the text: close it with "-->" or delete it$/ },
	{ name: 'a raw <script>, unclosed', file: CLAIM, edit: body('<script>alert(1)\n\nThe rest of the text.'), expected: /body: has a <script> element, which the site never shows \(and would drop the text after an unclosed one\): delete it$/ },
	{ name: 'a <style> element', file: CLAIM, edit: body('<style>p { display: none }</style>'), expected: /body: has a <style> element, which the site never shows/ },
	{ name: 'a <div hidden> with text search would index', file: CLAIM, edit: body('<div hidden>secret words</div>'), expected: /body: has a hidden <div> \("hidden"\), whose text would be published out of sight/ },
	{ name: 'a <template> element', file: CLAIM, edit: body('<template><p>secret</p></template>'), expected: /body: has a <template> element, which the site never shows: delete it$/ },
	{ name: 'an element the sanitizer drops (<marquee>)', file: CLAIM, edit: body('<marquee>news</marquee>'), expected: /body: has a <marquee> element, which the site does not publish/ },
	{ name: 'an event handler', file: CLAIM, edit: body('<p onclick="alert(1)">x</p>'), expected: /body: has an event handler \(onclick\) on <p>, which the site removes: delete it$/ },
	{ name: 'a heading in story.md that would take a section anchor is fine: it gets the prefix', file: 'content/story.md', edit: body('## Sources\n\n<a href="/#nowhere-at-all">x</a>'), expected: /content\/story\.md:\d+ body: links to "\/#nowhere-at-all", but "#nowhere-at-all" is not on the story page/ },
	{ name: 'a body link to a claim that does not exist', file: CLAIM, edit: body('See [the report](/#first-clash-reportd).'), expected: /first-clash-reported\.md:\d+ body: links to "\/#first-clash-reportd", but "#first-clash-reportd" is not on the story page: it is no claim id, alias or section; did you mean "first-clash-reported"\?$/ },
	{ name: 'a body link to a missing claim page', file: CLAIM, edit: body('See [it](/claims/no-such-claim/).'), expected: /body: links to "\/claims\/no-such-claim\/", but there is no claim "no-such-claim"/ },
	{ name: 'a body link to a renamed question', file: CLAIM, edit: body('See [where](/questions/where-are-they-now/).'), expected: /body: links to "\/questions\/where-are-they-now\/", but there is no question "where-are-they-now"; did you mean "where-are-they"\?$/ },
	{ name: 'a body link to a missing source anchor', file: QUESTION, edit: body('As [KBS](/#source-kbs-news) said.'), expected: /where-are-they\.md:\d+ body: links to "\/#source-kbs-news", but "#source-kbs-news" is not on the story page: there is no source "kbs-news"/ },
	{ name: 'a body link to no page of the site', file: CLAIM, edit: body('See [it](/claimz/first-clash-reported/).'), expected: /body: links to "\/claimz\/first-clash-reported\/", which is no page of this site/ },
	{ name: 'a Markdown link "/#%"', file: CLAIM, edit: body('See [it](/#%).'), expected: /body: links to "\/#%25", but "#%" is not on the story page/ },
	{ name: 'a raw link "/#%" with a stray %', file: CLAIM, edit: body('<p><a href="/#%">it</a></p>'), expected: /body: links to "\/#%", which has a stray "%": write the address without it/ },
	{ name: 'a raw <a href> to a missing claim', file: CLAIM, edit: body('<p><a href="/#gone-claim">gone</a></p>'), expected: /body: links to "\/#gone-claim", but "#gone-claim" is not on the story page/ },
	{ name: 'a claim listed twice in a question', file: QUESTION, edit: replace('  - satellite-hundreds-assembling\n', '  - satellite-hundreds-assembling\n  - nk-troops-hold-part-of-kursk\n'), expected: /where-are-they\.md:\d+ claims\.\d+: "nk-troops-hold-part-of-kursk" is listed twice \(also as item 1\): delete this line$/ },
];

const urlRows: Row[] = [
	{ name: '<source srcset="javascript:…">', file: CLAIM, edit: body('<picture><source srcset="javascript:alert(1)"></picture>'), expected: /body: has <source srcset="javascript:alert\(1\)">: the site loads files from its own folder only/ },
	{ name: 'itemtype="javascript:…"', file: CLAIM, edit: body('<div itemscope itemtype="javascript:alert(1)">x</div>'), expected: /body: has <div itemtype="javascript:alert\(1\)">: is not a web address: write a full https:\/\/ address, or delete it$/ },
	{ name: '<source srcset="https://elsewhere…">', file: CLAIM, edit: body('<picture><source srcset="https://elsewhere.example/a.png"></picture>'), expected: /body: has <source srcset="https:\/\/elsewhere\.example\/a\.png">: the site loads files from its own folder only \(its security policy blocks other addresses\)/ },
	{ name: 'cite="javascript:…" on a quote', file: CLAIM, edit: body('<q cite="javascript:alert(1)">q</q>'), expected: /body: has <q cite="javascript:alert\(1\)">: is not a web address/ },
	{ name: 'a Markdown link to javascript:', file: CLAIM, edit: body('[click](javascript:alert(1))'), expected: /body: has <a href="javascript:alert\(1\)">: "javascript:" is not an address a reader can follow/ },
	{ name: 'a source URL written https:evil.example', file: SOURCE, edit: sourceUrl('https:evil.example'), expected: /kbs\.md:\d+ url: is not a web address: give a full https:\/\/ URL$/ },
	{ name: 'a source URL with a user name before @', file: SOURCE, edit: sourceUrl('https://www.kbs.co.kr@evil.example/'), expected: /kbs\.md:\d+ url: has "www\.kbs\.co\.kr@" before the host, so it leads to evil\.example, not the site it names: write the address without the part up to "@"$/ },
];

const FINISH = /which is unfinished copy, which would be published: finish or delete it/;
const placeholderRows: Row[] = [
	{ name: 'TODO in a statement', file: CLAIM, edit: replace(/^(statement: ".*)"$/m, '$1 TODO: check this."'), expected: new RegExp(`first-clash-reported\\.md:2 statement: has "TODO", ${FINISH.source}`) },
	{ name: '[TK] in a statement', file: CLAIM, edit: replace(/^statement: "/m, 'statement: "[TK] '), expected: new RegExp(`:2 statement: has "\\[TK\\]", ${FINISH.source}`) },
	{ name: 'TK in a short label', file: CLAIM, edit: replace(/^short: ".*"$/m, 'short: "Reportedly clashed TK"'), expected: /:3 short: has "TK", which is unfinished copy/ },
	{ name: 'FIXME in a body', file: CLAIM, edit: body('FIXME the second paragraph.'), expected: /first-clash-reported\.md:\d+ body: has "FIXME", which is unfinished copy/ },
	{ name: 'XXX in a body', file: CLAIM, edit: body('They numbered XXX.'), expected: /body: has "XXX", which is unfinished copy/ },
	{ name: 'TKTK in a question\'s answer', file: QUESTION, edit: body('TKTK'), expected: /where-are-they\.md:\d+ body: has "TKTK"/ },
	{ name: '[check this] in a body', file: CLAIM, edit: body('The clash [check this] was reported.'), expected: /body: has "\[check this\]", which is unfinished copy/ },
	{ name: '[name?] in a body', file: CLAIM, edit: body('The official [name?] said so.'), expected: /body: has "\[name\?\]"/ },
	{ name: 'TODO in story.md\'s body', file: 'content/story.md', edit: body('TODO'), expected: /content\/story\.md:\d+ body: has "TODO"/ },
	{ name: 'TK in a source\'s role', file: SOURCE, edit: replace(/^role: "?/m, 'role: "TK '), expected: /kbs\.md:\d+ role: has "TK"/ },
];

/** Text that must pass: each row's file must have no error at all after the edit. */
const allowedRows: [string, string, (text: string) => string][] = [
	['TODO inside an HTML comment, never published', CLAIM, body('<!-- TODO: ask the desk about the date -->\nFinished text.')],
	['TK in a body line marked <!-- tk-ok -->', CLAIM, body('TK Elevator is a company. <!-- tk-ok -->')],
	['TK in a field marked # tk-ok', CLAIM, replace(/^(short: ".*)"$/m, '$1 TK" # tk-ok')],
	['a quotation bracket and [sic]', CLAIM, body('He called it "[a] serious" step [sic].')],
	['a heading "## Sources" in a body (it gets the content- prefix)', CLAIM, body('## Sources\n\nText.')],
	['links to a claim, its page, an alias, a question, a section, a source and a file', CLAIM, body('[a](/#umerov-first-encounter) [b](/claims/umerov-first-encounter/) [c](/questions/where-are-they/) [d](/#places) [e](/#source-kbs) [f](/feed.xml) [g](/#note-date-inference)')],
	['a picture with a local srcset and a web itemtype', CLAIM, body('<picture><source srcset="/favicon.svg"></picture>\n\n<div itemscope itemtype="https://schema.org/Thing">x</div>')],
];

/** Every row, by issue item; the count shows in the test names. */
const tables: [string, Row[]][] = [
	['#25 item 5: messages in the house style, and a fixed nesting limit', messageRows],
	['#25 item 4: bodies that would hide or drop text, links that land nowhere', bodyRows],
	['#25 item 3: addresses the site would not load or follow', urlRows],
	['#27 item 2: unfinished copy never publishes', placeholderRows],
];

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

	describe(`what a finished story may say passes (${allowedRows.length} cases)`, () => {
		it.each(allowedRows)('%s', async (_, name, edit) => {
			const file = path.join(root, name);
			const original = await readFile(file, 'utf8');
			await writeFile(file, edit(original));
			try {
				const { diagnostics } = await checkContent(root);
				expect(diagnostics.filter((d) => d.file === name && d.severity === 'error').map(formatDiagnostic)).toEqual([]);
			} finally {
				await writeFile(file, original);
			}
		});
	});

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
