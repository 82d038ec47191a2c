import { readdir, readFile } from 'node:fs/promises';
import { isTroopCount } from '../../src/charts/estimate-rows.ts';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDate, shortDay } from '../../src/story/dates.ts';
import { lineOf } from '../support/line-of.ts';
import { tempProject } from '../support/temp-project.ts';

/** Today, UTC: the latest day an editor may date a correction, so one made today is the story's latest change. */
const today = () => new Date().toISOString().slice(0, 10);

// Each case runs a real `astro build` on a throwaway copy of the project: on a grown story, with
// two test files at a time, a build can take over a minute.
describe('astro build', { timeout: 180_000 }, () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it('fails, naming the file, when a claim cites a source that does not exist', async () => {
		const file = 'content/claims/austin-very-serious-escalation.md';
		const line = lineOf(await project.read(file), 'claimant: lloyd-austin');
		await project.withEdit(file, (text) => text.replace('claimant: lloyd-austin', 'claimant: lloyd-austen'), async () => {
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toContain(`${file}:${line} claimant: "lloyd-austen" is not a source; did you mean "lloyd-austin"?`);
		});
	});

	it('fails, naming the file and field, when a claim\'s status changes with no correction on the record', async () => {
		const file = 'content/claims/umerov-first-encounter.md';
		const line = lineOf(await project.read(file), 'status: officially-stated');
		await project.withEdit(file, (text) => text.replace('status: officially-stated', 'status: confirmed'), async () => {
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toContain(`${file}:${line} status: was published as "officially-stated" and is now "confirmed", with no correction on the record`);
		});
	});

	it('puts a recorded status change on the claim page, the updates page and the feed, and moves "Last updated"', async () => {
		const file = 'content/claims/umerov-first-encounter.md';
		const day = today();
		await project.withEdit(
			file,
			(text) =>
				text
					.replace('status: officially-stated', 'status: confirmed')
					.replace(/^assessed: .*$/m, `assessed: ${day}`)
					.replace(/\n---\n/, `\ncorrections:\n  - date: ${day}\n    status: { from: officially-stated, to: confirmed }\n    note: "A second source confirmed the encounter."\n---\n`),
			async () => {
				const { code, output } = await project.build();
				expect(code, output).toBe(0);
				const page = await project.read('dist/claims/umerov-first-encounter/index.html');
				expect(page).toMatch(new RegExp(`<time datetime="${day}"[^>]*>${shortDay(day).slice(4)}</time>: Officially stated → Confirmed\\.\\s*</strong>\\s*A second source confirmed the encounter\\.`));
				// On the updates page, the change is in the first section: the newest day's, which is its day.
				const updates = await project.read('dist/updates/index.html');
				const sections = updates.split('<section').slice(1);
				expect(sections[0]).toContain(`<time datetime="${day}"`);
				expect(sections[0]).toContain('Status changed from “Officially stated” to “Confirmed”');
				const rss = new XMLParser().parse(await project.read('dist/feed.xml'));
				const feed = [rss.rss.channel.item].flat() as { title: string; description: string; pubDate: string }[];
				const item = feed.find((i) => i.title.startsWith('Status changed from “Officially stated” to “Confirmed”'));
				expect(item, 'the status change is in the feed').toBeDefined();
				expect(item!.description).toContain('A second source confirmed the encounter.');
				expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(day);
				const html = await project.read('dist/index.html');
				expect(html).toMatch(new RegExp(`Last updated <time datetime="${day}"`));
			},
		);
	});

	it('fails on hostile Markdown in a claim, naming the line of each script, handler, javascript: link, iframe and style', async () => {
		const file = 'content/claims/austin-very-serious-escalation.md';
		await project.withEdit(file, (text) =>
			text.replace(
				/\n---\n\n[\s\S]*$/,
				[
					'\n---\n',
					'Harmless <em>emphasis</em> stays.',
					'',
					'<script>window.__pwned = 1</script>',
					'',
					'<img src="/favicon.svg" onerror="window.__pwned = 2" alt="x">',
					'',
					'[a link](javascript:window.__pwned=3) and <a href="javascript:alert(1)">raw link</a>',
					'',
					'<iframe src="https://evil.example/"></iframe> <style>body{display:none}</style>',
					'',
				].join('\n'),
			),
		async () => {
			const text = await project.read(file);
			const at = (needle: string | RegExp) => `${file}:${lineOf(text, needle)} body: `;
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toContain(`${at('<script>')}has a <script> element`);
			expect(output).toContain(`${at(/onerror=/)}has an event handler (onerror) on <img>`);
			expect(output).toContain(`${at('[a link]')}has <a href="javascript:window.__pwned=3">`);
			expect(output).toContain(`${at('<iframe')}has a <iframe> element`);
			expect(output).toContain(`${at('<iframe')}has a <style> element`);
		});
	});

	it('builds the Markdown the check accepts with every id and name in a body prefixed: no body takes a page anchor or clobbers the document', async () => {
		const file = 'content/claims/austin-very-serious-escalation.md';
		await project.withEdit(file, (text) =>
			text.replace(
				/\n---\n\n[\s\S]*$/,
				['\n---\n', 'Harmless <em>emphasis</em> stays.', '', '## Sources', '', '<h2 id="key-questions">Hijacked heading</h2>', '', '<img name="querySelector" src="/favicon.svg" alt="q">', '', 'See :claim[the first clash]{#first-clash-reported}.', ''].join('\n'),
			),
		async () => {
			const { code, output } = await project.build();
			expect(code, output).toBe(0);
			const html = await readFile(path.join(project.dir, 'dist/index.html'), 'utf8');
			const start = html.indexOf('id="austin-very-serious-escalation"');
			const claim = html.slice(start, html.indexOf('</article>', start));
			expect(claim).toContain('<em>emphasis</em>');
			expect(claim).toContain('<h2 id="content-sources">Sources</h2>');
			expect(claim).toContain('<h2 id="content-key-questions">Hijacked heading</h2>');
			expect(claim).toContain('name="content-querySelector"');
			expect(claim).toContain('<a href="/#first-clash-reported" class="claim-ref">the first clash</a>');
			expect(html.match(/id="sources"/g)).toHaveLength(1);
			expect(html.match(/id="key-questions"/g)).toHaveLength(1);
		});
	});

	it('adds a chart mark and a table row for a new estimate file, with no code change', async () => {
		// One mark per troop figure of a part (the whole, e.g. an army, is the scale's, not a mark): as many as the content has, plus the new one.
		const { files } = await checkContent(project.dir);
		const whole = new Set(files.story[0]!.data!.scopes.filter((scope) => scope.whole).map((scope) => scope.id));
		const marks = files.estimates.filter((estimate) => !whole.has(estimate.data!.scope) && isTroopCount(estimate.data!.counts)).length + 1;
		const file = 'content/estimates/test-extra-figure.md';
		await project.restoring([file], async () => {
			await project.write(
				file,
				['---', 'value: 5000', 'counts: present', 'qualifier: about', 'scope: in-russia', 'wording: "around 5,000"', 'basis: "“Around” gives a rough count, a little more or less than the number."', 'statedBy: lloyd-austin',
					'stated:', '  value: 2024-11-05', '  precision: day', '  wording: "on Tuesday"', 'claim: austin-very-serious-escalation', '---', ''].join('\n'),
			);
			const { code, output } = await project.build();
			expect(code, output).toBe(0);
			const html = await readFile(path.join(project.dir, 'dist/index.html'), 'utf8');
			const wide = html.slice(html.indexOf('<svg class="estimates-svg wide'), html.indexOf('</svg>', html.indexOf('<svg class="estimates-svg wide')));
			expect(wide.match(/class="mark /g)).toHaveLength(marks);
			expect(wide).toContain('data-estimate="test-extra-figure"');
			expect(html).toContain('<tr data-estimate="test-extra-figure"');
		});
	});

	it('fails, saying how to add an alias, when a published claim is renamed without one', async () => {
		const from = 'content/claims/state-dept-could-soon-engage.md';
		const to = 'content/claims/state-dept-combat-soon.md';
		await project.restoring([from, to], async () => {
			const text = await project.read(from);
			await project.remove(from);
			await project.write(to, text);
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toContain('content/published.json claims: "state-dept-could-soon-engage" was published and no longer resolves');
			expect(output).toContain('add "state-dept-could-soon-engage" to the new claim\'s aliases');
			expect(output).toMatch(/aliases:\n\s+- state-dept-could-soon-engage/);
		});
	});

	it('keeps a renamed claim\'s old anchor and old page working through an alias, and feeds its correction', async () => {
		const from = 'content/claims/state-dept-could-soon-engage.md';
		const to = 'content/claims/state-dept-combat-soon.md';
		const day = today();
		// Every other file that cites the claim moves to its new id, as an editor renaming it would.
		const all = (await readdir(path.join(project.dir, 'content'), { recursive: true })).filter((name) => name.endsWith('.md')).map((name) => `content/${name}`);
		const citing: string[] = [];
		for (const file of all) if (file !== from && (await project.read(file)).includes('state-dept-could-soon-engage')) citing.push(file);
		expect(citing.length).toBeGreaterThan(0);
		await project.restoring([from, to, ...citing], async () => {
			const text = await project.read(from);
			await project.remove(from);
			await project.write(
				to,
				text.replace('\n---\n', `\naliases:\n  - state-dept-could-soon-engage\ncorrections:\n  - date: ${day}\n    note: "The claim was renamed; its old links still work."\n---\n`),
			);
			for (const file of citing) {
				const before = await project.read(file);
				expect(before, file).toContain('state-dept-could-soon-engage');
				await project.write(file, before.replaceAll('state-dept-could-soon-engage', 'state-dept-combat-soon'));
			}
			const { code, output } = await project.build();
			expect(code, output).toBe(0);
			const html = await project.read('dist/index.html');
			const article = html.slice(html.lastIndexOf('<article', html.indexOf('id="state-dept-could-soon-engage"')), html.indexOf('</article>', html.indexOf('id="state-dept-could-soon-engage"')));
			expect(article.includes('id="state-dept-combat-soon"'), 'the old anchor sits in the renamed claim').toBe(true);
			const redirect = await project.read('dist/claims/state-dept-could-soon-engage/index.html');
			expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/claims/state-dept-combat-soon/">');
			expect(redirect).toMatch(/<a href="\/claims\/state-dept-combat-soon\/"[^>]*>The North Korean troops/);
			expect(await project.read('dist/sitemap-0.xml')).not.toContain('/claims/state-dept-could-soon-engage/');
			// Embeds of the old id keep working too: the embed page and its oEmbed show the renamed claim.
			expect(await project.read('dist/embed/claims/state-dept-could-soon-engage/index.html')).toContain('href="/#state-dept-combat-soon"');
			const oembed = JSON.parse(await project.read('dist/oembed/claims/state-dept-could-soon-engage.json'));
			expect(oembed.html).toContain('src="https://kursk-explainer.example/embed/claims/state-dept-combat-soon/"');
			const rss = new XMLParser().parse(await project.read('dist/feed.xml'));
			const correction = [rss.rss.channel.item].flat().find((item: { title: string; description: string }) => item.title.startsWith('Correction') && item.description.includes('The claim was renamed; its old links still work.'));
			expect(correction, 'the correction is in the feed').toBeTruthy();
			expect(new Date(correction.pubDate).toISOString().slice(0, 10)).toBe(day);
			expect(article, 'the claim\'s row on the story page says it was corrected').toMatch(new RegExp(`corrected <time datetime="${day}"[^>]*>${shortDay(day)}</time>`));
			const page = await project.read('dist/claims/state-dept-combat-soon/index.html');
			expect(page, 'the correction is in the claim\'s history on its page').toMatch(new RegExp(`<time datetime="${day}"[^>]*>${shortDay(day).slice(4)}</time>: Correction`));
			expect(html, 'the page is last updated on the correction\'s date').toMatch(new RegExp(`Last updated <time datetime="${day}"`));
		});
	});
});
