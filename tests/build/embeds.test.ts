import { glob, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { claimShareTitle } from '../../src/story/share-title.ts';
import { readDist } from '../support/dist.ts';

const { files } = await checkContent(process.cwd());
const claims = files.claims.map((c) => ({ id: c.id, data: c.data! }));
const sources = new Map(files.sources.map((s) => [s.id, { id: s.id, data: s.data! }]));
const SITE = 'https://kursk-explainer.example';

/** The oEmbed discovery link in a page, if any. */
const discovery = (html: string) => html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)"/);

describe('embeds in dist/', () => {
	for (const { id, data } of claims) {
		it(`/claims/${id}/ leads to its embed through oEmbed, whose iframe shows the claim`, async () => {
			const page = await readDist(`claims/${id}/index.html`);
			const found = discovery(page);
			expect(found?.[1]).toBe(`${SITE}/oembed/claims/${id}.json`);
			const oembed = JSON.parse(await readDist(`oembed/claims/${id}.json`));
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String), provider_url: `${SITE}/`, width: expect.any(Number), height: expect.any(Number) });
			expect(oembed.title).toBe(claimShareTitle(data, sources));
			expect(oembed.html).toMatch(new RegExp(`^<iframe src="${SITE}/embed/claims/${id}/" title="[^"]+" loading="lazy"`));
			const embed = await readDist(`embed/claims/${id}/index.html`);
			expect(embed.replace(/&#39;/g, "'").replace(/&quot;/g, '"')).toContain(data.statement);
			expect(embed).toContain(`href="/#${id}"`);
		});
	}

	it('points the story page\'s oEmbed discovery at the map, and gives the map and the chart an endpoint each', async () => {
		expect(discovery(await readDist('index.html'))?.[1]).toBe(`${SITE}/oembed/map.json`);
		for (const name of ['map', 'figures']) {
			const oembed = JSON.parse(await readDist(`oembed/${name}.json`));
			expect(oembed.type).toBe('rich');
			expect(oembed.html).toContain(`src="${SITE}/embed/${name}/"`);
		}
	});

	it('lets any site frame the embed pages, and no site frame any other page: one rule each, by route', async () => {
		const headers = await readDist('_headers');
		const rules = new Map<string, string>();
		for (const block of headers.split('\n\n')) {
			const [path, ...lines] = block.trim().split('\n').filter((line) => !line.startsWith('#'));
			const csp = lines.find((line) => line.startsWith('  Content-Security-Policy:'));
			if (path && csp) rules.set(path, csp);
		}
		expect([...rules.keys()]).toEqual(['/*', '/embed/*']);
		expect(rules.get('/*')).toContain("frame-ancestors 'none'");
		expect(rules.get('/embed/*')).toContain('frame-ancestors *');
		// Cloudflare Pages joins a header two matching rules set: the embed rule detaches the page policy first.
		expect(headers).toMatch(/\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /);
		const pages: string[] = [];
		for await (const file of glob('dist/**/*.html')) pages.push(file.slice('dist'.length));
		// One per claim and per old id of a renamed claim (its alias keeps the embed working), and the map's and the chart's.
		const aliases = claims.flatMap((claim) => claim.data.aliases);
		expect(pages.filter((p) => p.startsWith('/embed/')).length).toBe(claims.length + aliases.length + 2);
	});

	it('keeps each claim embed small: under 10 kB transferred, brotli, with its styles and script', async () => {
		const { brotli } = await import('../../commands/support/static-server.ts');
		const html = await readFile('dist/embed/claims/first-clash-reported/index.html', 'utf8');
		let total = brotli(Buffer.from(html)).length;
		for (const [, href] of html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)) total += brotli(await readFile(`dist${href}`)).length;
		expect(total).toBeLessThanOrEqual(10_000);
	});

	it('gives the story page its own 1200×630 social card, and the map and chart embeds theirs', async () => {
		const html = await readDist('index.html');
		expect(html).toContain(`<meta property="og:image" content="${SITE}/og/story.png">`);
		expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
		for (const name of ['story', 'map', 'figures']) {
			const png = await readFile(`dist/og/${name}.png`);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
		expect(await readDist('embed/map/index.html')).toContain(`${SITE}/og/map.png`);
		expect(await readDist('embed/figures/index.html')).toContain(`${SITE}/og/figures.png`);
	});
});
