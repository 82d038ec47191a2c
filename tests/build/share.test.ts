import { readFile } from 'node:fs/promises';
import { formatDate } from '../../src/story/dates.ts';
import { readingOf } from '../../src/charts/estimate-rows.ts';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { claimLastUpdated, firstPublished } from '../../src/model/updates.ts';
import { claimShareTitle } from '../../src/story/share-title.ts';
import { readDist } from '../support/dist.ts';

const { files } = await checkContent(process.cwd());
const claims = files.claims.map((c) => ({ id: c.id, data: c.data! }));
const sources = new Map(files.sources.map((s) => [s.id, { id: s.id, data: s.data! }]));
/** Every correction on the record, and those that change a status. */
const corrections = claims.flatMap((claim) => claim.data.corrections);
const statusChanges = corrections.filter((correction) => correction.status);
/** When the page last changed, as the model says: the latest date our editors recorded on any claim. */
const latest = claims.map(claimLastUpdated).sort().at(-1)!;

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
		expect(undated.length).toBeGreaterThan(0);
		for (const { id, data } of undated) {
			const html = await readDist(`claims/${id}/index.html`);
			for (const key of ['description', 'og:description', 'twitter:description']) {
				expect(meta(html, key), `${id} ${key}`).toContain(`undated; reported by ${formatDate({ value: data.stated.value, precision: 'day' })}`);
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
		expect(undated.length).toBeGreaterThan(0);
		expect(undated.length).toBeLessThan(claims.length);
		for (const { id, data } of claims) {
			for (const row of [rows.find((r) => r.id === id), json.find((r) => r.id === id)]) {
				expect(row, id).toBeDefined();
				expect(row!.statedPrecision).toBe(data.stated.precision);
				expect(row!.statedBasis).toBe(data.stated.basis ?? '');
				// Undated: bounded by the dateline, never said on it. Dated: the day (or month, year) it was said.
				if (data.stated.precision === 'by') expect(row!.statedAs).toBe(`undated; reported by ${formatDate({ value: data.stated.value, precision: 'day' })}`);
				else expect(row!.statedAs, id).toMatch(new RegExp(`^(?!undated).*${data.stated.value.slice(0, 4)}`));
			}
		}
	});
	it('describes the page\'s own dates by our editors\' work, and links "Last updated" to the updates page', async () => {
		const html = await readDist('index.html');
		expect(html).toMatch(new RegExp(`Last updated <time datetime="${latest}"[^>]*>[^<]+</time>: <a href="/updates/"`));
		const updates = await readDist('updates/index.html');
		expect(claims.length).toBeGreaterThan(0);
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
		// The page's own dates are our editors' (its first publication, its latest assessment or
		// correction, as the model derives them), never the article's; the article keeps its date in isBasedOn.
		const record = JSON.parse(await readFile('content/published.json', 'utf8')) as { firstPublished?: Record<string, string> };
		expect(json.datePublished).toBe(firstPublished({ claims, published: { firstPublished: record.firstPublished ?? {} } } as unknown as Parameters<typeof firstPublished>[0]));
		expect(json.dateModified).toBe(latest);
		// Every report on file, with its own date; the page was first published after the first of them.
		const reportDays = files.reports.map((report) => report.data!.published.value).sort();
		expect(reportDays.length).toBeGreaterThan(0);
		expect(json.isBasedOn.map((report: { datePublished: string }) => report.datePublished).sort()).toEqual(reportDays);
		expect(json.datePublished > reportDays[0]!).toBe(true);
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
		expect(claims.length).toBeGreaterThan(0);
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
		// The same records: CSV cells are text, so compare every value as text ("350" and 350 alike).
		const asText = (records: typeof rows) => records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
		expect(asText(rows)).toEqual(asText(json));
		expect(files.estimates.length).toBeGreaterThan(0);
		for (const estimate of files.estimates) {
			const row = rows.find((r) => r.id === estimate.id)!;
			const value = estimate.data!.value;
			// The counts the figure allows as the site reads it: "up to N" 0 to N, "at least N" N and no top, "about N" a tenth either side.
			const [low, high] = readingOf(estimate.data!.qualifier, typeof value === 'number' ? value : value.min, typeof value === 'number' ? value : value.max);
			expect([row.low, row.high]).toEqual([low, Number.isFinite(high) ? high : '']);
			expect(row.number).toBe(typeof value === 'number' ? value : value.max);
			expect(row.counts).toBe(estimate.data!.counts);
			expect(row.claim).toBe(estimate.data!.claim);
		}
	});
});

describe('the feeds and sitemap', () => {
	it('give RSS that parses, with an item for each claim as it first appeared and one for each correction, newest first', async () => {
		const xml = await readDist('feed.xml');
		expect(XMLValidator.validate(xml)).toBe(true);
		const rss = new XMLParser().parse(xml);
		const items = [rss.rss.channel.item].flat() as { title: string; pubDate: string }[];
		const titled = (start: string) => items.filter((item) => item.title.startsWith(start)).length;
		expect(titled('New claim')).toBe(claims.length);
		expect(titled('Status changed')).toBe(statusChanges.length);
		expect(titled('Correction')).toBe(corrections.length - statusChanges.length);
		expect(items).toHaveLength(claims.length + corrections.length);
		const days = items.map((item) => new Date(item.pubDate).toISOString().slice(0, 10));
		expect(days).toEqual([...days].sort().reverse());
	});
	it('give a JSON Feed with the same items', async () => {
		const feed = JSON.parse(await readDist('feed.json'));
		expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
		expect(feed.items.length).toBe(claims.length + corrections.length);
	});
	it('list the story and every claim page in the sitemap', async () => {
		const sitemap = await readDist('sitemap-0.xml');
		expect(sitemap).toContain('<loc>https://kursk-explainer.example/</loc>');
		expect(claims.length).toBeGreaterThan(0);
		for (const { id } of claims) expect(sitemap).toContain(`<loc>https://kursk-explainer.example/claims/${id}/</loc>`);
	});
});
