// A fictional follow-up report, built in a throwaway copy: a new outlet, a report dated 8 Nov 2024,
// two claims from it, one of which moves an existing claim from Reported to Disputed with a
// correction naming the report. Every name and sentence here is FIXTURE test data, never on the
// live site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { firstPublication } from '../../src/story/first-published.ts';
import { runScript as script } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

const today = new Date().toISOString().slice(0, 10);
const REPORT = 'fixture-post-2024-11-08';
const SOURCE = `---
name: "The Fixture Post"
role: "a fictional outlet that exists only in the tests"
kind: news-outlet
side: press
---

FIXTURE: a made-up outlet for tests.
`;
const REPORT_FILE = `---
outlet: fixture-post
dateline: Testville
published:
  value: 2024-11-08
  precision: day
  wording: "November 8"
title: "FIXTURE: a fictional follow-up report"
---

FIXTURE: a made-up follow-up report for tests.
`;
const claim = (statement: string, extra: string) => `---
statement: "${statement}"
claimant: fixture-post
reportedBy:
  - fixture-post
reports:
  - ${REPORT}
${extra}status: reported
assessed: ${today}
topics:
  - combat
---

FIXTURE: test content.
`;
const DATED = claim('FIXTURE: a fictional claim made on Thursday.', 'stated:\n  value: 2024-11-07\n  precision: day\n  wording: "on Thursday"\n');
const DISPUTING = claim('FIXTURE: a fictional claim that no clash took place.', 'stated:\n  value: 2024-11-08\n  precision: by\n  wording: "November 8"\ncontradicts:\n  - first-clash-reported\n');

interface FeedItem {
	id: string;
	date_published: string;
	tags: string[];
}

describe('a follow-up report (FIXTURE)', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let original: FeedItem[];
	/** The feed item ids the story had before the follow-up, and its status changes then: whatever the story holds (today's, or a grown copy's). */
	let before: Set<string>;
	let changesBefore: number;
	let claimsBefore: string[];
	let firstDays: Record<string, string>;
	beforeAll(async () => {
		project = await tempProject();
		const { files } = await checkContent(project.dir);
		firstDays = (JSON.parse(await project.read('content/published.json')) as { firstPublished: Record<string, string> }).firstPublished;
		before = new Set(
			files.claims.flatMap(({ id, data }) => {
				const first = firstPublication({ id, data: data! }, firstDays)?.id ?? id;
				return [`update-${first}-new`, ...data!.corrections.map((_, i) => `update-${first}-correction-${i + 1}`)];
			}),
		);
		claimsBefore = files.claims.map((file) => file.id);
		changesBefore = files.claims.flatMap(({ data }) => data!.corrections.filter((c) => c.status)).length;
		await project.write('content/sources/fixture-post.md', SOURCE);
		await project.write(`content/reports/${REPORT}.md`, REPORT_FILE);
		await project.write('content/claims/fixture-thursday-claim.md', DATED);
		await project.write('content/claims/fixture-no-clash.md', DISPUTING);
		await project.edit('content/claims/first-clash-reported.md', (text) =>
			text
				.replace('status: reported', 'status: disputed')
				.replace(/\n---\n/, `\ncorrections:\n  - date: ${today}\n    status: { from: reported, to: disputed }\n    report: ${REPORT}\n    note: "FIXTURE: a fictional report disputes it."\n---\n`),
		);
		// Only `assessed` moves: no update may come of it.
		await project.edit('content/claims/treaty-signed-in-june.md', (text) => text.replace(/^assessed: .*$/m, `assessed: ${today}`));
		const published = await script(project.dir, 'update-manifest.ts');
		expect(published.code, published.output).toBe(0);
		const built = await project.build();
		expect(built.code, built.output).toBe(0);
		original = JSON.parse(await project.read('dist/feed.json')).items;
	}, 240_000);
	afterAll(() => project.cleanup());

	it('/updates/ and the feed list exactly three new items: two claims and one status change, none for a moved `assessed`', async () => {
		const fresh = original.filter((item) => !before.has(item.id.replace(/^.*#/, '')));
		const correction = `update-first-clash-reported-correction-${original.filter((item) => item.id.includes('#update-first-clash-reported-correction-')).length}`;
		expect(fresh.map((item) => [item.id.replace(/^.*#/, ''), item.tags[0]]).sort()).toEqual([
			[correction, 'status'],
			['update-fixture-no-clash-new', 'new'],
			['update-fixture-thursday-claim-new', 'new'],
		]);
		expect(fresh.every((item) => item.date_published.startsWith(today))).toBe(true);
		expect(original).toHaveLength(before.size + 3);
		expect(original.find((item) => item.id.endsWith('#update-treaty-signed-in-june-new'))?.date_published).toBe(`${firstDays['treaty-signed-in-june']}T00:00:00.000Z`);
		const updates = await project.read('dist/updates/index.html');
		const start = updates.indexOf(`id="day-${today}"`);
		const section = updates.slice(start, updates.indexOf('id="day-', start + 1));
		expect(section.match(/<li[\s>]/g)).toHaveLength(original.filter((item) => item.date_published.startsWith(today)).length);
	});

	it('says whose words a date is: the follow-up’s on its claim, the article’s on the article’s claims', async () => {
		const page = await project.read('dist/claims/fixture-thursday-claim/index.html');
		expect(page).toContain('(The Fixture Post, 8 Nov 2024: “on Thursday”)');
		const article = await project.read('dist/claims/sk-defence-10000-in-russia/index.html');
		expect(article).toContain('(HBTV, 6 Nov 2024: “on Tuesday”)');
	});

	it('the claim page’s history names the report that prompted the change', async () => {
		const page = await project.read('dist/claims/first-clash-reported/index.html');
		expect(page).toMatch(/Reported → Disputed\s*, after <a href="\/#report-fixture-post-2024-11-08"[^>]*>The Fixture Post, 8 Nov 2024<\/a>/);
	});

	it('the story page rests on two reports, lists both, and says what changed since the first', async () => {
		const html = await project.read('dist/index.html');
		expect(html).toContain('Based on 2 reports, 6–8 November 2024');
		expect(html).toContain('id="report-hbtv-2024-11-06"');
		expect(html).toContain(`id="report-${REPORT}"`);
		const box = html.slice(html.indexOf('id="since-first-report"'), html.indexOf('</aside>', html.indexOf('id="since-first-report"')));
		expect(box.match(/<li[\s>]/g)).toHaveLength(3 + changesBefore);
		for (const id of ['fixture-thursday-claim', 'fixture-no-clash', 'first-clash-reported']) expect(box).toContain(`href="/#${id}"`);
		const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
		expect(jsonLd.isBasedOn.map((report: { datePublished: string }) => report.datePublished)).toEqual(['2024-11-06', '2024-11-08']);
	});

	it('the claims from before the follow-up (the article’s 29, today) are all still on the page', async () => {
		const html = await project.read('dist/index.html');
		expect(claimsBefore.length).toBeGreaterThanOrEqual(29);
		for (const id of claimsBefore) expect(html, id).toContain(`id="${id}"`);
	});

	it('npm run rename keeps every feed item id', async () => {
		const renamed = await script(project.dir, 'rename.ts', 'fixture-thursday-claim', 'fixture-thursday-renamed');
		expect(renamed.code, renamed.output).toBe(0);
		const published = await script(project.dir, 'update-manifest.ts');
		expect(published.code, published.output).toBe(0);
		const built = await project.build();
		expect(built.code, built.output).toBe(0);
		const after = JSON.parse(await project.read('dist/feed.json')).items as FeedItem[];
		expect(after.map((item) => item.id).sort()).toEqual(original.map((item) => item.id).sort());
	}, 240_000);
});
