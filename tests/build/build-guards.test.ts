import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../support/temp-project.ts';

// Each case runs a real `astro build` on a throwaway copy of the project.
describe('astro build', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it('fails, naming the file, when a claim cites a source that does not exist', async () => {
		const file = 'content/claims/austin-very-serious-escalation.md';
		const original = await project.read(file);
		await project.edit(file, (text) => text.replace('claimant: lloyd-austin', 'claimant: lloyd-austen'));
		try {
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toContain('content/claims/austin-very-serious-escalation.md:5 claimant: "lloyd-austen" is not a source; did you mean "lloyd-austin"?');
		} finally {
			await project.write(file, original);
		}
	});

	it('fails, naming the file and field, when a claim\'s status changes with no correction on the record', async () => {
		const file = 'content/claims/umerov-first-encounter.md';
		const original = await project.read(file);
		await project.edit(file, (text) => text.replace('status: officially-stated', 'status: confirmed'));
		try {
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toMatch(/content\/claims\/umerov-first-encounter\.md:\d+ status: was published as "officially-stated" and is now "confirmed", with no correction on the record/);
		} finally {
			await project.write(file, original);
		}
	});

	it('puts a recorded status change on the claim page, the updates page and the feed, and moves "Last updated"', async () => {
		const file = 'content/claims/umerov-first-encounter.md';
		const original = await project.read(file);
		await project.edit(file, (text) =>
			text
				.replace('status: officially-stated', 'status: confirmed')
				.replace('assessed: 2026-11-25', 'assessed: 2026-11-26')
				.replace(/\n---\n/, '\ncorrections:\n  - date: 2026-11-26\n    status: { from: officially-stated, to: confirmed }\n    note: "A second source confirmed the encounter."\n---\n'),
		);
		try {
			const { code, output } = await project.build();
			expect(code, output).toBe(0);
			const page = await project.read('dist/claims/umerov-first-encounter/index.html');
			expect(page).toMatch(/<time datetime="2026-11-26"[^>]*>26 Nov 2026<\/time>: Officially stated → Confirmed\.\s*<\/strong>\s*A second source confirmed the encounter\./);
			const updates = await project.read('dist/updates/index.html');
			const first = updates.indexOf('<li');
			expect(updates.slice(first, updates.indexOf('</li>', first))).toContain('Status changed from “Officially stated” to “Confirmed”');
			const rss = new XMLParser().parse(await project.read('dist/feed.xml'));
			const items = [rss.rss.channel.item].flat() as { title: string; description: string; pubDate: string }[];
			expect(items[0]!.title).toBe('Status changed from “Officially stated” to “Confirmed”: Ukraine\'s military has encountered North Korean troops for the first time, according to Defence Minister Rustem Umerov.');
			expect(items[0]!.description).toBe('A second source confirmed the encounter.');
			const html = await project.read('dist/index.html');
			expect(html).toMatch(/Last updated <time datetime="2026-11-26"/);
		} finally {
			await project.write(file, original);
		}
	});

	it('renders hostile Markdown in a claim inert: no script, handler or javascript: URL reaches the page', async () => {
		const file = 'content/claims/austin-very-serious-escalation.md';
		const original = await project.read(file);
		await project.edit(file, (text) =>
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
					'See :claim[the first clash]{#first-clash-reported}.',
					'',
				].join('\n'),
			),
		);
		try {
			const { code, output } = await project.build();
			expect(code, output).toBe(0);
			const html = await readFile(path.join(project.dir, 'dist/index.html'), 'utf8');
			const start = html.indexOf('id="austin-very-serious-escalation"');
			const claim = html.slice(start, html.indexOf('</article>', start));
			expect(claim).toContain('<em>emphasis</em>');
			expect(claim).not.toMatch(/<script/i);
			expect(claim).not.toMatch(/onerror/i);
			expect(claim).not.toMatch(/javascript:/i);
			expect(claim).not.toMatch(/<iframe|<style/i);
			expect(claim).toContain('<a href="/#first-clash-reported" class="claim-ref">the first clash</a>');
			expect(html).not.toContain('__pwned');
		} finally {
			await project.write(file, original);
		}
	});

	it('adds a chart mark and a table row for a new estimate file, with no code change', async () => {
		await project.write(
			'content/estimates/test-extra-figure.md',
			['---', 'value: 5000', 'qualifier: around', 'scope: in-russia', 'wording: "around 5,000"', 'statedBy: lloyd-austin',
				'stated:', '  value: 2024-11-05', '  precision: day', '  wording: "on Tuesday"', 'claim: austin-very-serious-escalation', '---', ''].join('\n'),
		);
		try {
			const { code, output } = await project.build();
			expect(code, output).toBe(0);
			const html = await readFile(path.join(project.dir, 'dist/index.html'), 'utf8');
			const wide = html.slice(html.indexOf('<svg class="estimates-svg wide'), html.indexOf('</svg>', html.indexOf('<svg class="estimates-svg wide')));
			expect(wide.match(/class="mark /g)).toHaveLength(5);
			expect(wide).toContain('data-estimate="test-extra-figure"');
			expect(html).toContain('<tr data-estimate="test-extra-figure"');
		} finally {
			await project.remove('content/estimates/test-extra-figure.md');
		}
	});

	it('fails, saying how to add an alias, when a published claim is renamed without one', async () => {
		const from = 'content/claims/state-dept-could-soon-engage.md';
		const to = 'content/claims/state-dept-combat-soon.md';
		const text = await project.read(from);
		await project.remove(from);
		await project.write(to, text);
		try {
			const { code, output } = await project.build();
			expect(code).not.toBe(0);
			expect(output).toContain('content/published.json claims: "state-dept-could-soon-engage" was published and no longer resolves');
			expect(output).toContain('add "state-dept-could-soon-engage" to the new claim\'s aliases');
			expect(output).toMatch(/aliases:\n\s+- state-dept-could-soon-engage/);
		} finally {
			await project.remove(to);
			await project.write(from, text);
		}
	});

	it('keeps a renamed claim\'s old anchor and old page working through an alias, and feeds its correction', async () => {
		const from = 'content/claims/state-dept-could-soon-engage.md';
		const to = 'content/claims/state-dept-combat-soon.md';
		const text = await project.read(from);
		await project.remove(from);
		await project.write(
			to,
			text.replace('\n---\n', '\naliases:\n  - state-dept-could-soon-engage\ncorrections:\n  - date: 2026-11-25\n    note: "The claim was renamed; its old links still work."\n---\n'),
		);
		// Other files that cite the claim move to its new id, as an editor renaming it would.
		const citing = ['content/timeline/state-dept-up-to-10000.md', 'content/questions/have-they-fought.md'];
		for (const file of citing) await project.edit(file, (t) => t.replace('state-dept-could-soon-engage', 'state-dept-combat-soon'));
		try {
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
			const correction = [rss.rss.channel.item].flat().find((item: { title: string }) => item.title.startsWith('Correction:'));
			expect(correction.title).toBe('Correction: The North Korean troops in the Kursk region could soon engage in combat, according to a U.S. State Department spokesperson.');
			expect(correction.description).toBe('The claim was renamed; its old links still work.');
			expect(new Date(correction.pubDate).toISOString().slice(0, 10)).toBe('2026-11-25');
			expect(/corrected <time datetime="2026-11-25"[^>]*>Wed 25 Nov 2026<\/time>/.test(article), 'the claim\'s row on the story page says it was corrected').toBe(true);
			const page = await project.read('dist/claims/state-dept-combat-soon/index.html');
			expect(/Correction, <time datetime="2026-11-25"[^>]*>Wednesday 25 November 2026<\/time>/.test(page), 'the correction is shown on the claim page').toBe(true);
			expect(/Last updated <time datetime="2026-11-25"/.test(html), 'the page is last updated on the correction\'s date').toBe(true);
		} finally {
			await project.remove(to);
			await project.write(from, text);
			for (const file of citing) await project.edit(file, (t) => t.replace('state-dept-combat-soon', 'state-dept-could-soon-engage'));
		}
	});
});
