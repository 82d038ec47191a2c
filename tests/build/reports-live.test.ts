import { describe, expect, it } from 'vitest';
import { readDist } from '../support/dist.ts';

describe('the live site rests on the one article', () => {
	it('the byline reads "Based on 1 report", linked to the one report listed', async () => {
		const html = await readDist('index.html');
		expect(html).toMatch(/<a href="#report-hbtv-2024-11-06"[^>]*>Based on 1 report<\/a>/);
		expect(html.match(/id="report-[^"]+"/g)).toEqual(['id="report-hbtv-2024-11-06"']);
		expect(html).not.toContain('Since the first report');
		expect(html).not.toContain('FIXTURE');
	});
	it('the figures table and the timeline say whose words each figure and date is', async () => {
		const html = await readDist('index.html');
		expect(html).toContain('HBTV, 6 Nov 2024: “approximately 11,000”');
		expect(html).toContain('HBTV, 6 Nov 2024: “In June”');
		expect(html).not.toContain('(article: “');
	});
	it('JSON-LD isBasedOn lists the one article: HBTV, 6 November 2024', async () => {
		const html = await readDist('index.html');
		const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
		expect(jsonLd.isBasedOn).toEqual([{ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'HBTV' }, datePublished: '2024-11-06' }]);
	});
});
