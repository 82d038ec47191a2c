import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { claimShareTitle } from '../../src/story/share-title.ts';
import { readDist } from '../support/dist.ts';

const { files } = await checkContent(process.cwd());
const claims = files.claims.map((c) => ({ id: c.id, data: c.data! }));
const sources = new Map(files.sources.map((s) => [s.id, { id: s.id, data: s.data! }]));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer: Buffer) {
	expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

describe('each claim page in dist/', () => {
	for (const { id, data } of claims) {
		it(`/claims/${id}/ has its title, description, canonical URL, Open Graph and Twitter tags, and a 1200×630 card`, async () => {
			const html = await readDist(`claims/${id}/index.html`);
			const title = html.match(/<title>([^<]*)<\/title>/)![1]!;
			expect(title.replace(/&#39;/g, "'").replace(/&quot;/g, '"')).toBe(claimShareTitle(data, sources));
			expect(meta(html, 'description')).toMatch(/^(Confirmed|Officially stated|Reported|Background|Disputed|Unverified)\. Claimed by /);
			expect(html).toContain(`<link rel="canonical" href="https://kursk-explainer.example/claims/${id}/">`);
			for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
				expect(meta(html, key), key).toBeTruthy();
			}
			expect(meta(html, 'twitter:card')).toBe('summary_large_image');
			const image = new URL(meta(html, 'og:image')!);
			expect(image.pathname).toBe(`/og/claims/${id}.png`);
			expect(pngSize(await readFile(`dist${image.pathname}`))).toEqual({ width: 1200, height: 630 });
			expect(html).toContain(`href="/#${id}"`);
		});
	}
});

describe('what every surface says about a claim the article does not date, and who carried it', () => {
	const undated = claims.filter((claim) => claim.data.stated.precision === 'by');
	it('has undated claims to check (the article dates fewer than half its claims)', () => {
		expect(undated.length).toBeGreaterThan(10);
	});
	it('never shows an undated claim as said on the dateline: meta, Open Graph and Twitter descriptions', async () => {
		for (const { id } of undated) {
			const html = await readDist(`claims/${id}/index.html`);
			for (const key of ['description', 'og:description', 'twitter:description']) {
				expect(meta(html, key), `${id} ${key}`).toContain('undated; reported by Wednesday 6 November 2024');
			}
		}
	});
	it('names the outlet a claim came through wherever it names the claimant', async () => {
		const html = await readDist('claims/first-clash-reported/index.html');
		expect(meta(html, 'description')).toContain('Claimed by Senior Ukrainian officials and Senior U.S. officials, via The New York Times');
		const rows = parse(await readDist('data/claims.csv'), { columns: true }) as Record<string, string>[];
		expect(rows.find((row) => row.id === 'first-clash-reported')!.attribution).toBe('Senior Ukrainian officials and Senior U.S. officials, via The New York Times');
	});
	it('gives the data downloads the date as shown and its basis, for every claim', async () => {
		const rows = parse(await readDist('data/claims.csv'), { columns: true }) as Record<string, string>[];
		const json = JSON.parse(await readDist('data/claims.json')) as Record<string, string>[];
		for (const { id, data } of undated) {
			for (const row of [rows.find((r) => r.id === id)!, json.find((r) => r.id === id)!]) {
				expect(row.statedPrecision).toBe('by');
				expect(row.statedAs).toBe('undated; reported by Wednesday 6 November 2024');
				expect(row.statedBasis).toBe(data.stated.basis);
			}
		}
	});
	it('describes the page\'s own dates by our editors\' work, and links "Last updated" to the updates page', async () => {
		const html = await readDist('index.html');
		const latest = claims.map((claim) => claim.data.assessed).sort().at(-1)!;
		expect(html).toMatch(new RegExp(`Last updated <time datetime="${latest}"[^>]*>[^<]+</time>: <a href="/updates/"`));
		const updates = await readDist('updates/index.html');
		for (const { id } of claims) expect(updates, id).toContain(`href="/claims/${id}/"`);
	});
});

describe('the story page in dist/', () => {
	it('carries NewsArticle JSON-LD with headline, dates, publisher and what it is about', async () => {
		const html = await readDist('index.html');
		const json = JSON.parse(html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]!);
		expect(json['@context']).toBe('https://schema.org');
		expect(json['@type']).toBe('NewsArticle');
		expect(json.headline).toBe(files.story[0]!.data!.headline);
		// The page's own dates are our editors' (the latest assessment or correction), never the
		// article's; the article keeps its date in isBasedOn.
		const assessed = claims.map((claim) => claim.data!.assessed).sort();
		expect(json.datePublished).toBe(assessed[0]);
		expect(json.dateModified).toBe(assessed.at(-1));
		expect(json.datePublished > '2024-11-06').toBe(true);
		expect(json.isBasedOn.datePublished).toBe('2024-11-06');
		expect(json.publisher).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
		expect(json.about.map((thing: { name: string }) => thing.name)).toEqual(expect.arrayContaining(['Kursk region', 'Ussuriysk', 'Khabarovsk']));
	});
	it('links the feeds and the data downloads', async () => {
		const html = await readDist('index.html');
		for (const href of ['/feed.xml', '/feed.json', '/data/claims.csv', '/data/claims.json', '/data/estimates.csv', '/data/estimates.json']) {
			expect(html).toContain(`href="${href}"`);
		}
	});
});

describe('the data downloads', () => {
	it('give claims as CSV that parses back to the content\'s values', async () => {
		const rows = parse(await readDist('data/claims.csv'), { columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(claims.length);
		for (const { id, data } of claims) {
			const row = rows.find((r) => r.id === id)!;
			expect(row.statement).toBe(data.statement);
			expect(row.claimant!.split('; ')).toEqual(data.claimant);
			expect(row.status).toBe(data.status);
			expect(row.stated).toBe(data.stated.value);
			expect(row.statedWording).toBe(data.stated.wording);
		}
	});
	it('give estimates as CSV and JSON that agree with the content', async () => {
		const rows = parse(await readDist('data/estimates.csv'), { columns: true, cast: true }) as Record<string, string | number>[];
		const json = JSON.parse(await readDist('data/estimates.json')) as typeof rows;
		expect(rows).toEqual(json);
		for (const estimate of files.estimates) {
			const row = rows.find((r) => r.id === estimate.id)!;
			const value = estimate.data!.value;
			// "Up to N" allows 0 to N; a range its two ends; a single number only itself.
			const low = estimate.data!.qualifier === 'up-to' ? 0 : typeof value === 'number' ? value : value.min;
			expect([row.low, row.high]).toEqual([low, typeof value === 'number' ? value : value.max]);
			expect(row.claim).toBe(estimate.data!.claim);
		}
	});
});

describe('the feeds and sitemap', () => {
	it('give RSS that parses, with one status item per claim dated as assessed', async () => {
		const xml = await readDist('feed.xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		const rss = new XMLParser().parse(xml);
		const items = [rss.rss.channel.item].flat();
		const statusItems = items.filter((item: { title: string }) => !item.title.startsWith('Correction:'));
		expect(statusItems).toHaveLength(claims.length);
		const latest = claims.map((claim) => claim.data!.assessed).sort().at(-1);
		expect(new Date(items[0].pubDate).toISOString().slice(0, 10)).toBe(latest);
	});
	it('give a JSON Feed', async () => {
		const feed = JSON.parse(await readDist('feed.json'));
		expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
		expect(feed.items.length).toBe(claims.length);
	});
	it('list the story and every claim page in the sitemap', async () => {
		const sitemap = await readDist('sitemap-0.xml');
		expect(sitemap).toContain('<loc>https://kursk-explainer.example/</loc>');
		for (const { id } of claims) expect(sitemap).toContain(`<loc>https://kursk-explainer.example/claims/${id}/</loc>`);
	});
});
