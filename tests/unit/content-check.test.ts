import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';
import { lineOf } from '../support/line-of.ts';
import { tempProject } from '../support/temp-project.ts';

describe('the content in content/', () => {
	it('passes every schema and integrity check with no errors or warnings', async () => {
		const { diagnostics } = await checkContent(process.cwd());
		expect(diagnostics.map(formatDiagnostic)).toEqual([]);
	});
	it('holds the whole article: at least 20 claims and every troop figure as an estimate', async () => {
		const { files } = await checkContent(process.cwd());
		expect(files.claims.length).toBeGreaterThanOrEqual(20);
		const figures = files.estimates.map((e) => e.data!.wording);
		expect(figures).toEqual(expect.arrayContaining(['approximately 11,000', 'around 10,000', 'up to 10,000', 'hundreds of suspected North Korean soldiers', '1.2 million soldiers']));
	});
});

/** One broken edit and the message it must produce. */
interface Fixture {
	name: string;
	file: string;
	edit: (text: string) => string;
	/** The whole formatted error line expected, or a function of the file's text before the edit that gives it (to name a line by what it holds). */
	expected: string | RegExp | ((original: string) => string);
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture did not change the file: ${from}`);
	return next;
};
const append = (extra: string) => (text: string) => text.replace(/\n---\n/, `\n${extra}\n---\n`);

const fixtures: Fixture[] = [
	{
		name: 'an unknown claimant, with a near miss',
		file: 'content/claims/zelenskyy-11000-in-kursk.md',
		edit: replace('claimant: zelenskyy', 'claimant: zelensky'),
		expected: (text) => `content/claims/zelenskyy-11000-in-kursk.md:${lineOf(text, 'claimant:')} claimant: "zelensky" is not a source; did you mean "zelenskyy"?`,
	},
	{
		name: 'an unknown outlet',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('  - kbs', '  - fixture-unknown-wire'),
		expected: (text) => `content/claims/umerov-first-encounter.md:${lineOf(text, '  - kbs')} reportedBy.0: "fixture-unknown-wire" is not a source; add content/sources/fixture-unknown-wire.md or use an existing source id`,
	},
	{
		name: 'an unknown place',
		file: 'content/claims/state-dept-up-to-10000-in-kursk.md',
		edit: replace('  - kursk-region', '  - kursk'),
		expected: /^content\/claims\/state-dept-up-to-10000-in-kursk\.md:\d+ places\.0: "kursk" is not a place; add content\/places\/kursk\.md or use an existing place id$/,
	},
	{
		name: 'an unknown related claim',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('  - first-clash-reported', '  - first-clash-reportd'),
		expected: /umerov-first-encounter\.md:\d+ supports\.0: "first-clash-reportd" is not a claim; did you mean "first-clash-reported"\?$/,
	},
	{
		name: 'an estimate pointing at an unknown claim',
		file: 'content/estimates/zelenskyy-11000-kursk.md',
		edit: replace('claim: zelenskyy-11000-in-kursk', 'claim: zelenskyy-11000-in-kursks'),
		expected: /zelenskyy-11000-kursk\.md:\d+ claim: "zelenskyy-11000-in-kursks" is not a claim; did you mean "zelenskyy-11000-in-kursk"\?$/,
	},
	{
		name: 'a timeline event pointing at an unknown place',
		file: 'content/timeline/treaty-signed.md',
		edit: replace('  - pyongyang', '  - pyongang'),
		expected: /treaty-signed\.md:\d+ places\.0: "pyongang" is not a place; did you mean "pyongyang"\?$/,
	},
	{
		name: 'a timeline event pointing at an unknown claim',
		file: 'content/timeline/korean-war.md',
		edit: replace('  - nk-no-major-conflict-since-korean-war', '  - korean-war'),
		expected: /korean-war\.md:\d+ claims\.0: "korean-war" is not a claim/,
	},
	{
		name: 'a claim linked to itself',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('  - first-clash-reported', '  - umerov-first-encounter'),
		expected: /umerov-first-encounter\.md:\d+ supports\.0: links the claim to itself: remove "umerov-first-encounter"$/,
	},
	{
		name: 'a date that is not a real day',
		file: 'content/claims/sk-defence-10000-in-russia.md',
		edit: replace('value: 2024-11-05', 'value: "2024-11-31"'),
		expected: /sk-defence-10000-in-russia\.md:\d+ stated\.value: "2024-11-31" is not a real date: November 2024 has 30 days; correct the day$/,
	},
	{
		name: 'a precision outside the vocabulary',
		file: 'content/claims/sk-defence-10000-in-russia.md',
		edit: replace('precision: day', 'precision: dya'),
		expected: /sk-defence-10000-in-russia\.md:\d+ stated\.precision: "dya" is not a precision; did you mean "day"\?$/,
	},
	{
		name: 'a value that disagrees with the article\'s wording',
		file: 'content/estimates/state-dept-up-to-10000-kursk.md',
		edit: replace('value: 2024-11-04', 'value: 2024-11-05'),
		expected: /state-dept-up-to-10000-kursk\.md:\d+ stated\.value: "2024-11-05" \(day\) does not match the wording "on Monday", which resolves to "2024-11-04" \(day\)/,
	},
	{
		name: 'a range that ends before it starts',
		file: 'content/timeline/korean-war.md',
		edit: replace('value: 1950/1953', 'value: 1953/1950'),
		expected: /korean-war\.md:\d+ date\.value: "1953\/1950" ends before it starts/,
	},
	{
		name: 'coordinates out of range',
		file: 'content/places/khabarovsk.md',
		edit: replace('lat: 48.48', 'lat: 148.48'),
		expected: (text) => `content/places/khabarovsk.md:${lineOf(text, 'lat:')} lat: is out of range: latitude runs from -90 to 90 degrees`,
	},
	{
		name: 'a status outside the vocabulary',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('status: reported', 'status: confirmd'),
		expected: /^content\/claims\/first-clash-reported\.md:\d+ status: "confirmd" is not a status; did you mean "confirmed"\?$/,
	},
	{
		name: 'an empty statement',
		file: 'content/claims/first-clash-reported.md',
		edit: replace(/^statement: .*$/m, 'statement: "  "'),
		expected: (text) => `content/claims/first-clash-reported.md:${lineOf(text, 'statement:')} statement: is empty: write what was claimed`,
	},
	{
		name: 'a missing required field',
		file: 'content/claims/first-clash-reported.md',
		edit: replace(/^status: .*\n/m, ''),
		expected: /first-clash-reported\.md:\d+ status: is missing: add a "status" field$/,
	},
	{
		name: 'a misspelt field name',
		file: 'content/claims/first-clash-reported.md',
		edit: append('staus: reported'),
		expected: /first-clash-reported\.md:\d+ staus: is not a field here; did you mean "status"\?/,
	},
	{
		name: 'an id with a capital letter',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('  - new-york-times', '  - New-York-Times'),
		expected: /reportedBy\.0: is not an id: use lower-case letters/,
	},
	{
		name: 'an id with a zero-width space',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('  - new-york-times', '  - new-york\u200b-times'),
		expected: /reportedBy\.0: is not an id/,
	},
	{
		name: 'a javascript: URL on a source',
		file: 'content/sources/kbs.md',
		edit: append('url: "javascript:alert(1)"'),
		expected: /kbs\.md:\d+ url: is not a web address: give a full https:\/\/ URL$/,
	},
	{
		name: 'a data: URL on a source',
		file: 'content/sources/kbs.md',
		edit: append('url: "data:text/html,<script>alert(1)</script>"'),
		expected: /kbs\.md:\d+ url: is not a web address: give a full https:\/\/ URL$/,
	},
	{
		name: 'a very long statement',
		file: 'content/claims/first-clash-reported.md',
		edit: replace(/^statement: .*$/m, `statement: "${'very long '.repeat(70)}"`),
		expected: (text) => `content/claims/first-clash-reported.md:${lineOf(text, 'statement:')} statement: is longer than 600 characters: keep the statement to one claim`,
	},
	{
		name: 'a very long place name',
		file: 'content/places/khabarovsk.md',
		edit: replace('name: "Khabarovsk"', `name: "${'K'.repeat(500)}"`),
		expected: (text) => `content/places/khabarovsk.md:${lineOf(text, 'name:')} name: is longer than 120 characters: shorten it`,
	},
	{
		name: 'an id with a right-to-left override',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('  - combat', '  - comb\u202etab'),
		expected: /topics\.0: is not an id/,
	},
	{
		name: 'a claim citation to an unknown claim in the story',
		file: 'content/story.md',
		edit: replace('{#first-clash-reported}', '{#first-clash}'),
		expected: /^content\/story\.md:\d+ body: :claim cites "first-clash", which is not a claim/,
	},
	{
		name: 'a topic the story does not list',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('  - combat', '  - combats'),
		expected: /topics\.0: "combats" is not a topic; did you mean "combat"\?$/,
	},
	{
		name: 'a claim under no topic',
		file: 'content/claims/first-clash-reported.md',
		edit: replace(/topics:\n  - combat\n/, 'topics: []\n'),
		expected: /first-clash-reported\.md:\d+ topics: is empty: give at least one topic from content\/story\.md \(combat, troop-numbers/,
	},
	{
		name: 'a question citing no claim',
		file: 'content/questions/casualties.md',
		edit: replace(/^claims:\n(?:  - .*\n)+/m, 'claims: []\n'),
		expected: /^content\/questions\/casualties\.md:\d+ claims: is empty: cite at least one claim that bears on the question$/,
	},
	{
		name: 'a question citing a claim that does not exist',
		file: 'content/questions/casualties.md',
		edit: replace('  - us-official-many-killed', '  - us-official-many-kiled'),
		expected: /casualties\.md:\d+ claims\.0: "us-official-many-kiled" is not a claim; did you mean "us-official-many-killed"\?$/,
	},
	{
		name: 'a disagreement between claims of one side only',
		file: 'content/questions/casualties.md',
		edit: append('disagreement:\n  differs: "x"\n  note: "y"\n  claims:\n    - us-official-many-killed\n    - us-official-many-killed'),
		expected: /casualties\.md:\d+ disagreement\.claims: names claims from one side only, none contradicting or qualifying another/,
	},
	{
		name: 'a disagreement naming a claim the question does not cite',
		file: 'content/questions/casualties.md',
		edit: append('disagreement:\n  differs: "x"\n  note: "y"\n  claims:\n    - us-official-many-killed\n    - zelenskyy-urges-support'),
		expected: /casualties\.md:\d+ disagreement\.claims\.1: "zelenskyy-urges-support" is not among the question's claims: add it to claims too$/,
	},
	{
		name: 'an assessment dated before the article (our work backdated to the article\'s day)',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('assessed: 2026-11-25', 'assessed: 2024-11-05'),
		expected: /umerov-first-encounter\.md:\d+ assessed: "2024-11-05" is before the article's dateline 2024-11-06: write the day you assessed the claim/,
	},
	{
		name: 'an undated claim bounded by a day after the dateline',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('  value: 2024-11-06\n  precision: by', '  value: 2024-11-07\n  precision: by'),
		expected: /umerov-first-encounter\.md:\d+ stated\.value: "2024-11-07" is after (?:the first report's date|the date of its report "hbtv-2024-11-06",) 2024-11-06 \(content\/reports\/hbtv-2024-11-06\.md\): an undated claim had been made by its report's dateline/,
	},
	{
		name: 'a status changed with no correction on the record',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('status: officially-stated', 'status: confirmed'),
		expected: /umerov-first-encounter\.md:\d+ status: was published as "officially-stated" and is now "confirmed", with no correction on the record: add one that says from what, to what and why/,
	},
	{
		name: 'a status change whose correction ends at another status',
		file: 'content/claims/umerov-first-encounter.md',
		edit: (text) => replace('status: officially-stated', 'status: confirmed')(append('corrections:\n  - date: 2026-11-25\n    status: { from: officially-stated, to: disputed }\n    note: "Why."')(text)),
		expected: /umerov-first-encounter\.md:\d+ status: is "confirmed", but the latest status change \(2026-11-25\) is to "disputed"/,
	},
	{
		name: 'an alias named like a section of the page',
		file: 'content/claims/umerov-first-encounter.md',
		edit: append('aliases:\n  - key-questions'),
		expected: /umerov-first-encounter\.md:\d+ aliases\.0: "key-questions" is the id of a part of the page: choose another name/,
	},
	{
		name: 'an alias with a prefix the page uses for its own anchors',
		file: 'content/claims/umerov-first-encounter.md',
		edit: append('aliases:\n  - status-confirmed'),
		expected: /aliases\.0: "status-confirmed" starts with "status-", which the page uses for its own anchors/,
	},
	{
		name: 'a topic listed twice in the story',
		file: 'content/story.md',
		edit: replace('  - id: casualties\n    title: Casualties\n', '  - id: casualties\n    title: Casualties\n  - id: casualties\n    title: Casualties again\n'),
		expected: /story\.md:\d+ topics\.\d+\.id: "casualties" is listed twice: remove one, or its claims would show twice/,
	},
	{
		name: 'a misspelt :claim citation',
		file: 'content/questions/casualties.md',
		edit: (text) => `${text}\nSee :cliam[the killed]{#us-official-many-killed}.\n`,
		expected: /casualties\.md:\d+ body: has ":cliam\[…\]", which is not a directive the site knows; did you mean ":claim"\?/,
	},
	{
		name: 'a :::claim container citing an unknown claim',
		file: 'content/questions/casualties.md',
		edit: (text) => `${text}\n:::claim{#no-such-claim}\nText.\n:::\n`,
		expected: /casualties\.md:\d+ body: :claim cites "no-such-claim", which is not a claim/,
	},
	{
		name: 'an image whose address is not valid (it would drop the whole body)',
		file: 'content/claims/first-clash-reported.md',
		edit: (text) => `${text}\n![A map](%E0%A4%A)\n`,
		expected: /first-clash-reported\.md:\d+ body: has an image address that is not valid \("%E0%A4%A": a stray or incomplete %-escape\)/,
	},
	{
		name: 'an image at a relative path (it would leave a placeholder in the page)',
		file: 'content/questions/casualties.md',
		edit: (text) => `${text}\nThe front line: ![The front line](images/front.png)\n`,
		expected: /casualties\.md:\d+ body: has an image at a relative path \("images\/front\.png"\): images are files under public\//,
	},
	{
		name: 'an image from another host, in raw HTML',
		file: 'content/story.md',
		edit: (text) => `${text}\n<p><img src="https://tracker.example/pixel.gif" alt="A pixel"></p>\n`,
		expected: /story\.md:\d+ body: has an image from another address \("https:\/\/tracker\.example\/pixel\.gif"\), which the site's security policy blocks/,
	},
	{
		name: 'an image whose file is not in public/',
		file: 'content/claims/first-clash-reported.md',
		edit: (text) => `${text}\n![The front line](/images/front.png)\n`,
		expected: /first-clash-reported\.md:\d+ body: has an image "\/images\/front\.png" with no file at public\/images\/front\.png/,
	},
	{
		name: 'an image with no description',
		file: 'content/claims/first-clash-reported.md',
		edit: (text) => `${text}\n![](/favicon.svg)\n`,
		expected: /first-clash-reported\.md:\d+ body: has an image without a description/,
	},
	{
		name: 'a published.json cut short (a bad merge)',
		file: 'content/published.json',
		edit: (text) => text.slice(0, 40),
		expected: /^content\/published\.json:\d+: is not valid JSON \(.*\): restore it with `git restore content\/published\.json`/,
	},
	{
		name: 'a published.json whose ids are not a list',
		file: 'content/published.json',
		edit: () => '{ "claims": "first-clash-reported" }',
		expected: /^content\/published\.json claims: is not a list of claim ids as npm run manifest writes it/,
	},
	{
		name: 'a published.json with a status that is not one',
		file: 'content/published.json',
		edit: replace(/"first-clash-reported": "[a-z-]+"/, '"first-clash-reported": "true-ish"'),
		expected: /^content\/published\.json statuses\.first-clash-reported: is not a status for each claim id/,
	},
	{
		name: 'YAML aliases that expand without bound (a "billion laughs")',
		file: 'content/places/pyongyang.md',
		edit: append('a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]'),
		expected: /^content\/places\/pyongyang\.md:2: cannot be read: .*Write each value out instead of repeating it with YAML anchors and aliases/,
	},
	{
		name: 'a publication date to the month',
		file: 'content/reports/hbtv-2024-11-06.md',
		edit: replace('  value: 2024-11-06\n  precision: day\n  wording: "November 6"', '  value: 2024-11\n  precision: month\n  wording: "November"'),
		expected: /^content\/reports\/hbtv-2024-11-06\.md:\d+ published\.precision: is "month", but the publication date must be one day/,
	},
	{
		name: 'a publication date as a range',
		file: 'content/reports/hbtv-2024-11-06.md',
		edit: replace('  value: 2024-11-06\n  precision: day', '  value: 2024-11-01/2024-11-07\n  precision: range'),
		expected: /^content\/reports\/hbtv-2024-11-06\.md:\d+ published\.precision: is "range", but the publication date must be one day/,
	},
	{
		name: 'a claim naming a report not on file',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('status: reported', 'reports: [hbtv-2024-11-09]\nstatus: reported'),
		expected: /^content\/claims\/first-clash-reported\.md:\d+ reports\.0: "hbtv-2024-11-09" is not a report; did you mean "hbtv-2024-11-06"\?/,
	},
	{
		name: 'a report whose outlet is not a source',
		file: 'content/reports/hbtv-2024-11-06.md',
		edit: replace('outlet: hbtv', 'outlet: hbtv-news'),
		expected: /^content\/reports\/hbtv-2024-11-06\.md:2 outlet: "hbtv-news" is not a source/,
	},
	{
		name: "a question's order written as 1.5 gets an order's advice, not a figure's",
		file: 'content/questions/casualties.md',
		edit: replace(/^order: \d+$/m, 'order: 1.5'),
		expected: /^content\/questions\/casualties\.md:\d+ order: 1\.5 is not a whole number: write a whole number, like 3 \(the position on the page: 1 first\)$/,
	},
	{
		name: 'a report dated after today (a 2099 typo)',
		file: 'content/reports/hbtv-2024-11-06.md',
		edit: replace('  value: 2024-11-06\n  precision: day\n  wording: "November 6"', '  value: 2099-11-06\n  precision: day\n  wording: "November 6"'),
		expected: /^content\/reports\/hbtv-2024-11-06\.md:\d+ published\.value: "2099-11-06" is after today \(\d{4}-\d{2}-\d{2}\): a report on file has been published; write the day the page gives$/,
	},
	{
		name: 'a report whose date disagrees with its own wording',
		file: 'content/reports/hbtv-2024-11-06.md',
		edit: replace('  wording: "November 6"\n  basis', '  wording: "Oct. 17, 2024"\n  basis'),
		expected: /^content\/reports\/hbtv-2024-11-06\.md:\d+ published\.value: "2024-11-06" does not agree with the report's own wording "Oct\. 17, 2024", which reads as 2024-10-17: correct the value or the wording$/,
	},
	{
		name: 'a report whose outlet is an official, not a news outlet',
		file: 'content/reports/hbtv-2024-11-06.md',
		edit: replace('outlet: hbtv', 'outlet: us-official'),
		expected: /^content\/reports\/hbtv-2024-11-06\.md:2 outlet: "us-official" is a source of kind unnamed-official \(content\/sources\/us-official\.md\), not a news outlet or agency: .*Name the outlet here, and the person or body as the claimant/,
	},
	{
		name: 'a status change dated before the report it follows',
		file: 'content/claims/first-clash-reported.md',
		edit: replace('status: reported', 'status: reported\ncorrections:\n  - date: 2024-11-05\n    note: "A test note."\n    report: hbtv-2024-11-06'),
		expected: /^content\/claims\/first-clash-reported\.md:\d+ corrections\.0\.date: "2024-11-05" is before the report it follows, "hbtv-2024-11-06" \(content\/reports\/hbtv-2024-11-06\.md\), published 2024-11-06/,
	},
	{
		name: 'a story whose first report is not on file',
		file: 'content/story.md',
		edit: replace('firstReport: hbtv-2024-11-06', 'firstReport: hbtv-2024-11-05'),
		expected: /^content\/story\.md:\d+ firstReport: "hbtv-2024-11-05" is not a report; did you mean "hbtv-2024-11-06"\?/,
	},
	{
		name: 'a qualifier written the old way ("around")',
		file: 'content/estimates/sk-defence-10000-russia.md',
		edit: replace('qualifier: about', 'qualifier: around'),
		expected: /^content\/estimates\/sk-defence-10000-russia\.md:\d+ qualifier: is "around", which is not a qualifier the site knows: .*\("around" is about/,
	},
	{
		name: 'a figure that does not say what it counts',
		file: 'content/estimates/sk-defence-10000-russia.md',
		edit: replace('counts: present', 'counts: soldiers'),
		expected: /^content\/estimates\/sk-defence-10000-russia\.md:\d+ counts: is "soldiers", which is not something the site counts: write one of present/,
	},
	{
		name: 'a range qualifier on one number',
		file: 'content/estimates/sk-defence-10000-russia.md',
		edit: replace('qualifier: about', 'qualifier: range'),
		expected: /^content\/estimates\/sk-defence-10000-russia\.md:\d+ value: is one number, but the qualifier is range/,
	},
	{
		name: "another report's wording of a figure, from a report the figure does not list",
		file: 'content/estimates/north-korea-army-1-2-million.md',
		edit: replace('claim: nk-army-1-2-million', 'otherWordings:\n  - report: hbtv-2024-11-06\n    wording: "1.2 million troops"\nclaim: nk-army-1-2-million'),
		expected: /^content\/estimates\/north-korea-army-1-2-million\.md:\d+ otherWordings\.0\.report: "hbtv-2024-11-06" is not under this figure's reports: add it there too/,
	},
	{
		name: 'a stated date after the day of its report',
		file: 'content/claims/sk-defence-10000-in-russia.md',
		edit: replace('  value: 2024-11-05', '  value: 2024-11-07'),
		expected: /^content\/claims\/sk-defence-10000-in-russia\.md:\d+ stated\.value: "2024-11-07" is after (?:the first report's date|the date of its report "hbtv-2024-11-06",) 2024-11-06 \(content\/reports\/hbtv-2024-11-06\.md\): a report cannot tell of what was said after it appeared/,
	},
	{
		name: 'a source whose side the story does not list, with a near miss',
		file: 'content/sources/zelenskyy.md',
		edit: replace('side: ukraine', 'side: ukrain'),
		expected: (text) => `content/sources/zelenskyy.md:${lineOf(text, 'side:')} side: "ukrain" is not a side; did you mean "ukraine"?`,
	},
	{
		name: 'a figure whose scope the story does not list, with a near miss',
		file: 'content/estimates/zelenskyy-11000-kursk.md',
		edit: replace('scope: in-kursk-region', 'scope: in-kursk-regoin'),
		expected: /zelenskyy-11000-kursk\.md:\d+ scope: "in-kursk-regoin" is not a scope; did you mean "in-kursk-region"\?/,
	},
	{
		name: 'two scopes marked whole',
		file: 'content/story.md',
		edit: replace('  - { id: in-russia, label: in Russia }', '  - { id: in-russia, label: in Russia, whole: true }'),
		expected: /^content\/story\.md:\d+ scopes: has more than one scope marked whole/,
	},
	{
		name: 'a side listed twice in the story',
		file: 'content/story.md',
		edit: replace('  - { id: press, label: News media }', '  - { id: press, label: News media }\n  - { id: press, label: The press }'),
		expected: /^content\/story\.md:\d+ sides\.\d+\.id: "press" is listed twice: remove one$/,
	},
	{
		name: 'a figure whose value contradicts the number in its own wording',
		file: 'content/estimates/zelenskyy-11000-kursk.md',
		edit: replace('value: 11000', 'value: 1000000000000000'),
		expected: /zelenskyy-11000-kursk\.md:\d+ wording: "approximately 11,000" says 11000, which does not agree with the value 1000000000000000/,
	},
	{
		name: 'a figure written with a thousands comma',
		file: 'content/estimates/zelenskyy-11000-kursk.md',
		edit: replace('value: 11000', 'value: 11,000'),
		expected: /zelenskyy-11000-kursk\.md:\d+ value: "11,000" is not a number: write a plain number, like 12000/,
	},
	{
		name: 'a statement written as a bare number',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace(/^statement: .*$/m, 'statement: 12345'),
		expected: (text) => `content/claims/umerov-first-encounter.md:${lineOf(text, 'statement:')} statement: is a number, not text: put it in quotes, like "12345"`,
	},
	{
		name: 'an assessment dated in the future',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('assessed: 2026-11-25', 'assessed: 2099-01-01'),
		expected: /umerov-first-encounter\.md:\d+ assessed: "2099-01-01" is after today/,
	},
	{
		name: 'a claim that both supports and contradicts another',
		file: 'content/claims/umerov-first-encounter.md',
		edit: append('contradicts:\n  - first-clash-reported'),
		expected: /umerov-first-encounter\.md:\d+ contradicts\.0: "first-clash-reported" is also under supports/,
	},
	{
		name: 'a control character written as a YAML escape',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace(/^short: .*$/m, 'short: "First\\vencounter"'),
		expected: /umerov-first-encounter\.md:\d+ short: has an invisible control character \(\\u000b\)/,
	},
	{
		name: 'a control character typed into a body',
		file: 'content/claims/umerov-first-encounter.md',
		edit: (text) => `${text}\nA bell\u0007 here.\n`,
		expected: /umerov-first-encounter\.md:\d+: has an invisible control character \(\\u0007\) on this line/,
	},
	{
		name: 'a closing --- with text after it',
		file: 'content/places/pyongyang.md',
		edit: replace(/\n---\n/, '\n--- notes\n'),
		expected: /pyongyang\.md:\d+: has text after the closing "---" on line \d+/,
	},
	{
		name: 'a missing closing ---',
		file: 'content/places/pyongyang.md',
		edit: replace(/\n---\n/, '\n'),
		expected: /pyongyang\.md:1: has no closing "---" line after its fields/,
	},
	{
		name: 'a disputed claim that nothing contradicts',
		file: 'content/claims/umerov-first-encounter.md',
		edit: replace('status: officially-stated', 'status: disputed'),
		expected: /umerov-first-encounter\.md:\d+ status: is "disputed", which means contradicted by another claim in our sources, but no claim contradicts it/,
	},
	{
		name: 'a file with no front matter',
		file: 'content/places/pyongyang.md',
		edit: replace(/^---\n/, ''),
		expected: 'content/places/pyongyang.md:1: has no front matter: start the file with a line "---", the fields, then another "---"',
	},
	{
		name: 'front matter that is not YAML',
		file: 'content/places/pyongyang.md',
		edit: replace('kind: city', 'kind: [city'),
		expected: /^content\/places\/pyongyang\.md:\d+: is not valid YAML/,
	},
];

describe('a status change on the record', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());
	it('passes with a dated correction that says from what, to what and why', async () => {
		const file = 'content/claims/umerov-first-encounter.md';
		await project.edit(file, (text) =>
			text.replace('status: officially-stated', 'status: confirmed').replace(/\n---\n/, '\ncorrections:\n  - date: 2026-11-25\n    status: { from: officially-stated, to: confirmed }\n    note: "Confirmed by a second source."\n---\n'),
		);
		const { diagnostics } = await checkContent(project.dir);
		expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
	});
});

describe('a broken content file', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	for (const fixture of fixtures) {
		it(`is refused with its file, line, field and fix: ${fixture.name}`, async () => {
			const original = await project.read(fixture.file);
			await project.withEdit(fixture.file, fixture.edit, async () => {
				const { diagnostics } = await checkContent(project.dir);
				const lines = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
				expect(lines.length).toBeGreaterThan(0);
				const expected = typeof fixture.expected === 'function' ? fixture.expected(original) : fixture.expected;
				if (typeof expected === 'string') expect(lines).toContain(expected);
				else expect(lines.some((line) => expected.test(line)), lines.join('\n')).toBe(true);
			});
		});
	}

	it('is refused when two files share an id, naming both', async () => {
		await project.write('content/claims/first-clash-reported-copy.md', '');
		const { mkdir, copyFile, rm } = await import('node:fs/promises');
		await rm(`${project.dir}/content/claims/first-clash-reported-copy.md`);
		await mkdir(`${project.dir}/content/claims/old`);
		await copyFile(`${project.dir}/content/claims/first-clash-reported.md`, `${project.dir}/content/claims/old/first-clash-reported.md`);
		try {
			const { diagnostics } = await checkContent(project.dir);
			expect(diagnostics.map(formatDiagnostic)).toContain(
				'content/claims/old/first-clash-reported.md:1: has the same id "first-clash-reported" as content/claims/first-clash-reported.md: rename one of the files',
			);
		} finally {
			await rm(`${project.dir}/content/claims/old`, { recursive: true });
		}
	});

	it('warns, listing them, about claims that no question cites', async () => {
		const file = 'content/questions/casualties.md';
		const original = await project.read(file);
		await project.edit(file, replace('  - no-casualty-details-from-ukraine\n', ''));
		try {
			const { diagnostics } = await checkContent(project.dir);
			expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			expect(diagnostics.map(formatDiagnostic)).toContain(
				'warning: content/questions/: 1 claim is tied to no question: no-casualty-details-from-ukraine. Add each to the claims of the question it bears on.',
			);
		} finally {
			await project.write(file, original);
		}
	});

	it('is refused when a file name hides characters, which the message shows as codes', async () => {
		const file = 'content/places/pyongyang\u200b.md';
		await project.write(file, await project.read('content/places/pyongyang.md'));
		try {
			const { diagnostics } = await checkContent(project.dir);
			expect(diagnostics.map(formatDiagnostic)).toContain(
				'content/places/pyongyang\\u200b.md:1: has a file name that is not an id: rename it to lower-case letters, digits and single hyphens, like "kursk-region.md" (hidden or right-to-left characters are shown as \\u codes)',
			);
		} finally {
			await project.remove(file);
		}
	});

	it('is refused when an alias is the id of another claim', async () => {
		const file = 'content/claims/umerov-first-encounter.md';
		const original = await project.read(file);
		await project.edit(file, append('aliases:\n  - first-clash-reported'));
		try {
			const { diagnostics } = await checkContent(project.dir);
			expect(diagnostics.map(formatDiagnostic).some((l) => /aliases\.0: "first-clash-reported" is the id of another claim/.test(l))).toBe(true);
		} finally {
			await project.write(file, original);
		}
	});
});

describe('files the collections would not read, and ones written by other editors', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());
	const errors = async () => (await checkContent(project.dir)).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

	it('reports a .yaml or .MD file in a collection instead of ignoring it', async () => {
		await project.write('content/places/minsk.yaml', 'name: Minsk\n');
		await project.write('content/places/Riga.MD', '---\nname: Riga\n---\n');
		try {
			const found = await errors();
			expect(found).toContainEqual(expect.stringMatching(/^content\/places\/minsk\.yaml:1: is not a Markdown file ending in "\.md", so it would not be published/));
			expect(found).toContainEqual(expect.stringMatching(/^content\/places\/Riga\.MD:1: is not a Markdown file ending in "\.md"/));
		} finally {
			await project.remove('content/places/minsk.yaml');
			await project.remove('content/places/Riga.MD');
		}
	});

	it('reports a folder named like a content file, without a stack trace', async () => {
		const { mkdir, rm } = await import('node:fs/promises');
		const folder = `${project.dir}/content/places/odesa.md`;
		await mkdir(folder);
		try {
			expect(await errors()).toContainEqual('content/places/odesa.md:1: is a folder named like a content file: rename the folder, or move its files up');
		} finally {
			await rm(folder, { recursive: true });
		}
	});

	it('accepts a file saved with a byte-order mark, as Astro does', async () => {
		const file = 'content/places/pyongyang.md';
		const original = await project.read(file);
		await project.write(file, `\uFEFF${original}`);
		try {
			expect(await errors()).toEqual([]);
		} finally {
			await project.write(file, original);
		}
	});
});

describe('YAML mistakes, reported where they are', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it('names the key written twice, on the line of the second', async () => {
		await project.write('content/places/twice.md', '---\nname: "Twice"\nkind: city\nkind: town\nlat: 1\nlon: 1\ncoordinatesBasis: "x"\n---\n\nText.\n');
		try {
			const { diagnostics } = await checkContent(project.dir);
			expect(diagnostics.map(formatDiagnostic)).toContainEqual('content/places/twice.md:4 kind: is written twice: keep one "kind" line and delete the other');
		} finally {
			await project.remove('content/places/twice.md');
		}
	});
	it('points at the line of a syntax error, not the top of the file', async () => {
		await project.write('content/places/broken.md', '---\nname: "Broken"\nkind: city\nlat: 1\nlon: [1\ncoordinatesBasis: "x"\n---\n\nText.\n');
		try {
			const { diagnostics } = await checkContent(project.dir);
			const lines = diagnostics.filter((d) => d.file === 'content/places/broken.md').map((d) => d.line);
			expect(lines.length).toBeGreaterThan(0);
			expect(Math.min(...(lines as number[]))).toBeGreaterThanOrEqual(5);
		} finally {
			await project.remove('content/places/broken.md');
		}
	});
});

describe('an error in story.md', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());
	it('is reported once, in its report, not again in every claim that reads the report', async () => {
		await project.edit('content/reports/hbtv-2024-11-06.md', (text) => text.replace('  value: 2024-11-06\n  precision: day\n  wording: "November 6"', '  value: 2024-11\n  precision: month\n  wording: "November"'));
		const { diagnostics } = await checkContent(project.dir);
		expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['content/reports/hbtv-2024-11-06.md']);
	});
});
