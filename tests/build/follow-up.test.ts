// Follow-up reports as they really arrive, built in a throwaway copy of whatever the story holds:
// an agency's SAME-DAY copy of the first report, an EARLIER original it relayed, and a LATER report
// that moves an existing claim to Disputed with a correction naming it. Every outlet, claim and
// sentence here is FIXTURE test data, never on the live site. What is checked is every surface's
// credit: the first report keeps its claims and its byline whatever reports come before it or on
// its day; each new claim and the status change name their own report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { firstPublication } from '../../src/story/first-published.ts';
import { reportCredit } from '../../src/story/reports.ts';
import { runScript as script } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

const today = new Date().toISOString().slice(0, 10);
const source = (id: string, name: string, kind: string) => [`content/sources/${id}.md`, `---\nname: "${name}"\nrole: "a fictional outlet that exists only in the tests"\nkind: ${kind}\nside: press\n---\n\nFIXTURE: a made-up outlet for tests.\n`] as const;
const report = (outlet: string, day: string, wording: string, title: string) => `---\noutlet: ${outlet}\npublished:\n  value: ${day}\n  precision: day\n  wording: "${wording}"\ntitle: "FIXTURE: ${title}"\nurl: "https://fixture.invalid/${outlet}/${day}"\n---\n\nFIXTURE: a made-up report for tests.\n`;
const claim = (statement: string, reportId: string, extra: string) => `---
statement: "${statement}"
claimant: fixture-post
reportedBy:
  - fixture-post
reports:
  - ${reportId}
${extra}status: reported
assessed: ${today}
topics:
  - combat
---

FIXTURE: test content.
`;

interface FeedItem {
	id: string;
	date_published: string;
	tags: string[];
	content_text: string;
}

describe('follow-up reports: a same-day copy, an earlier original and a later report (FIXTURE)', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let feed: FeedItem[];
	let before: Set<string>;
	let claimsBefore: string[];
	let reportsBefore: number;
	let firstReport: string;
	let firstCredit: string;
	/** An existing claim the later report disputes: the first with no correction and a status other than disputed. */
	let target: { id: string; status: string };
	let later: string;
	let sameDay: string;
	let earlier: string;
	let firstDay: string;
	beforeAll(async () => {
		project = await tempProject();
		const { files } = await checkContent(project.dir);
		const firstDays = (JSON.parse(await project.read('content/published.json')) as { firstPublished: Record<string, string> }).firstPublished;
		before = new Set(
			files.claims.flatMap(({ id, data }) => {
				const first = firstPublication({ id, data: data! }, firstDays)?.id ?? id;
				return [`update-${first}-new`, ...data!.corrections.map((_, i) => `update-${first}-correction-${i + 1}`)];
			}),
		);
		claimsBefore = files.claims.map((file) => file.id);
		reportsBefore = files.reports.length;
		firstReport = files.story[0]!.data!.firstReport;
		const first = files.reports.find((r) => r.id === firstReport)!;
		firstDay = first.data!.published.value;
		const sources = new Map(files.sources.map((s) => [s.id, { id: s.id, data: s.data! }]));
		firstCredit = reportCredit({ id: first.id, data: first.data! }, sources);
		const found = files.claims.find(({ data }) => data!.corrections.length === 0 && data!.status !== 'disputed' && (data!.reports?.[0] ?? firstReport) === firstReport && data!.stated.precision !== 'by')!;
		target = { id: found.id, status: found.data!.status };

		const dayBefore = new Date(Date.parse(`${firstDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
		const dayAfter = new Date(Date.parse(`${firstDay}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
		sameDay = `fixture-wire-${firstDay}`;
		earlier = `fixture-original-${dayBefore}`;
		later = `fixture-post-${dayAfter}`;
		for (const [file, text] of [source('fixture-wire', 'The Fixture Wire', 'news-agency'), source('fixture-original', 'The Fixture Original', 'newspaper'), source('fixture-post', 'The Fixture Post', 'news-outlet')]) {
			await project.write(file, text);
		}
		await project.write(`content/reports/${sameDay}.md`, report('fixture-wire', firstDay, firstDay, 'a same-day copy of the first report'));
		await project.write(`content/reports/${earlier}.md`, report('fixture-original', dayBefore, dayBefore, 'the original the first report relayed'));
		await project.write(`content/reports/${later}.md`, report('fixture-post', dayAfter, dayAfter, 'a later report'));
		// The same-day copy and the earlier original carry one existing claim each, after the first report.
		await project.edit(`content/claims/${target.id}.md`, (text) =>
			text
				.replace(/^status: .*$/m, 'status: disputed')
				.replace(/^reports:\n(?:  - .*\n)+/m, '')
				.replace(/\n---\n/, `\nreports:\n  - ${firstReport}\n  - ${sameDay}\n  - ${earlier}\ncorrections:\n  - date: ${today}\n    status: { from: ${target.status}, to: disputed }\n    report: ${later}\n    note: "FIXTURE: a fictional later report disputes it."\n---\n`),
		);
		await project.write('content/claims/fixture-later-claim.md', claim('FIXTURE: a fictional claim that the event did not happen.', later, `stated:\n  value: ${dayAfter}\n  precision: by\n  wording: "${dayAfter}"\ncontradicts:\n  - ${target.id}\n`));
		await project.write('content/claims/fixture-original-claim.md', claim('FIXTURE: a fictional claim first printed in the original.', earlier, `stated:\n  value: ${dayBefore}\n  precision: by\n  wording: "${dayBefore}"\n`));
		// Only `assessed` moves on another claim: no update may come of it.
		const other = files.claims.find(({ id }) => id !== target.id)!.id;
		await project.edit(`content/claims/${other}.md`, (text) => text.replace(/^assessed: .*$/m, `assessed: ${today}`));
		const published = await script(project.dir, 'update-manifest.ts');
		expect(published.code, published.output).toBe(0);
		const built = await project.build();
		expect(built.code, built.output).toBe(0);
		feed = JSON.parse(await project.read('dist/feed.json')).items;
	}, 240_000);
	afterAll(() => project.cleanup());

	it('the first report stays the first: the byline, and every claim that names no report, still credit it', async () => {
		const html = await project.read('dist/index.html');
		const start = html.indexOf('class="byline');
		const byline = html.slice(start, html.indexOf('</p>', start));
		expect(byline).toContain(`Based on ${reportsBefore + 3} reports`);
		expect(byline).toContain(`href="/reports/${firstReport}/"`);
		expect(byline).not.toContain('Fixture');
		const { files } = await checkContent(project.dir);
		const unnamed = files.claims.filter(({ data }) => (data!.reports?.[0] ?? firstReport) === firstReport && data!.stated.precision !== 'by');
		expect(unnamed.length).toBeGreaterThan(0);
		for (const { id, data } of unnamed.slice(0, 5)) {
			const page = await project.read(`dist/claims/${id}/index.html`);
			expect(page, id).toContain(`(${firstCredit}: “${data!.stated.wording}”)`);
			expect(page, id).not.toContain('Fixture Wire');
			expect(page, id).not.toContain('Fixture Original');
		}
	});

	it('a claim carried by a same-day copy and an earlier original keeps the first report’s credit for its date', async () => {
		const page = await project.read(`dist/claims/${target.id}/index.html`);
		const wording = (await checkContent(project.dir)).files.claims.find((c) => c.id === target.id)!.data!.stated.wording;
		expect(page).toContain(`(${firstCredit}: “${wording}”)`);
		const reportPage = await project.read(`dist/reports/${sameDay}/index.html`);
		expect(reportPage).toContain('A report on file');
		expect(reportPage).toContain('(first reported elsewhere)');
		const firstPage = await project.read(`dist/reports/${firstReport}/index.html`);
		expect(firstPage).toContain('The first report');
	});

	it('/updates/ and the feed list exactly three new items: two claims and one status change, each naming its report; none for a moved `assessed`', async () => {
		const fresh = feed.filter((item) => !before.has(item.id.replace(/^.*#/, '')));
		const correction = `update-${target.id}-correction-1`;
		expect(fresh.map((item) => [item.id.replace(/^.*#/, ''), item.tags[0]]).sort()).toEqual(
			[
				['update-fixture-later-claim-new', 'new'],
				['update-fixture-original-claim-new', 'new'],
				[correction, 'status'],
			].sort(),
		);
		expect(fresh.every((item) => item.date_published.startsWith(today))).toBe(true);
		expect(fresh.find((item) => item.id.endsWith('fixture-original-claim-new'))!.content_text).toContain('Added from The Fixture Original');
		expect(fresh.find((item) => item.id.endsWith(correction))!.content_text).toContain('After The Fixture Post');
		expect(feed).toHaveLength(before.size + 3);
		const updates = await project.read('dist/updates/index.html');
		expect(updates).toMatch(new RegExp(`added from <a href="/reports/${earlier}/"[^>]*>The Fixture Original`));
		expect(updates).toMatch(new RegExp(`after <a href="/reports/${later}/"[^>]*>The Fixture Post`));
	});

	it('the claim page’s history, and the later report’s own page, name the change it prompted', async () => {
		const page = await project.read(`dist/claims/${target.id}/index.html`);
		expect(page).toMatch(new RegExp(`→ Disputed\\s*, after <a href="/reports/${later}/"[^>]*>The Fixture Post, `));
		const reportPage = await project.read(`dist/reports/${later}/index.html`);
		expect(reportPage).toContain('Status changes it prompted');
		expect(reportPage).toContain(`href="/claims/${target.id}/"`);
	});

	it('the story page lists every report, and its structured data rests on all of them', async () => {
		const html = await project.read('dist/index.html');
		for (const id of [firstReport, sameDay, earlier, later]) expect(html).toContain(`id="report-${id}"`);
		const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
		expect(jsonLd.isBasedOn).toHaveLength(reportsBefore + 3);
	});

	it('the claims from before the follow-ups are all still on the page', async () => {
		const html = await project.read('dist/index.html');
		expect(claimsBefore.length).toBeGreaterThanOrEqual(29);
		for (const id of claimsBefore) expect(html, id).toContain(`id="${id}"`);
	});

	it('npm run rename keeps every feed item id', async () => {
		const renamed = await script(project.dir, 'rename.ts', 'fixture-later-claim', 'fixture-later-renamed');
		expect(renamed.code, renamed.output).toBe(0);
		const published = await script(project.dir, 'update-manifest.ts');
		expect(published.code, published.output).toBe(0);
		const built = await project.build();
		expect(built.code, built.output).toBe(0);
		const after = JSON.parse(await project.read('dist/feed.json')).items as FeedItem[];
		expect(after.map((item) => item.id).sort()).toEqual(feed.map((item) => item.id).sort());
	}, 240_000);
});
