// The live site rests on the reports on file, whatever they are: the byline counts them, the list
// and the structured data name every one, and every figure and date says whose words it is.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { basedOn, reportCredit, reportIdOf } from '../../src/story/reports.ts';
import { readDist } from '../support/dist.ts';

const { files } = await checkContent(process.cwd());
const reports = files.reports.map(({ id, data }) => ({ id, data: data! }));
const sources = new Map(files.sources.map(({ id, data }) => [id, { id, data: data! }]));
const firstReport = files.story[0]!.data!.firstReport;
const credit = (item: { reports?: readonly string[] }) => reportCredit(reports.find((r) => r.id === reportIdOf(item, firstReport))!, sources);
const html = await readDist('index.html');

describe('the live site rests on the reports on file', () => {
	it('the byline counts them, and the list names each one, the first report first-marked', () => {
		expect(reports.length).toBeGreaterThan(0);
		const link = reports.length === 1 ? `#report-${firstReport}` : '#reports';
		expect(html).toMatch(new RegExp(`<a href="${link}"[^>]*>${basedOn(reports)}</a>`));
		expect(html.match(/ id="report-[^"]+"/g)?.sort()).toEqual(reports.map((r) => ` id="report-${r.id}"`).sort());
		// Test data shows only where the content itself holds some (the grown story's fixture reports).
		const fixtures = files.reports.some((report) => report.body.includes('FIXTURE') || JSON.stringify(report.data).includes('FIXTURE'));
		expect(html.includes('FIXTURE')).toBe(fixtures);
	});
	it('the figures tables and the timeline say whose words each figure and date is', () => {
		expect(files.estimates.length).toBeGreaterThan(0);
		for (const { id, data } of files.estimates) expect(html, id).toContain(`${credit(data!)}: “${data!.wording}”`);
		const worded = files.timeline.filter(({ data }) => !/^(?:[A-Z][a-z]+ \d{1,2}|\d{4})$/.test(data!.date.wording.trim()));
		for (const { id, data } of worded) expect(html, id).toContain(`${credit(data!)}: “${data!.date.wording}”`);
		expect(html).not.toContain('(article: “');
	});
	it('JSON-LD isBasedOn lists every report, with its publisher and day', () => {
		const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
		const expected = reports.map((r) => ({ name: sources.get(r.data.outlet)!.data.name, day: r.data.published.value })).sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
		const actual = (jsonLd.isBasedOn as { publisher: { name: string }; datePublished: string }[]).map((r) => ({ name: r.publisher.name, day: r.datePublished })).sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
		expect(actual).toEqual(expected);
	});
});
