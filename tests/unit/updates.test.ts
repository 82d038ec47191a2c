import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { updatesJsonFeed, updatesRss } from '../../src/outputs/feed.ts';
import { claimLastUpdated, firstPublished, storyUpdates } from '../../src/model/updates.ts';

type Correction = { date: string; note: string; status?: { from: string; to: string } };
/** A claim as the model loads it, with only what the updates read. */
const claim = (id: string, { aliases = [] as string[], assessed = '2026-11-25', status = 'reported', corrections = [] as Correction[] } = {}) => ({
	id,
	data: { statement: `Statement of ${id}`, claimant: ['someone'], status, assessed, aliases, corrections },
});
type Story = Parameters<typeof storyUpdates>[0];
const storyOf = (claims: ReturnType<typeof claim>[], firstPublished: Record<string, string>) =>
	({ claims, published: { firstPublished }, sourceById: new Map(), tensions: [], links: new Map(), claimById: new Map(), firstReport: { id: 'first' }, reportById: new Map(), story: { data: { headline: 'Headline' } }, site: { name: 'Site' } }) as unknown as Story & Parameters<typeof updatesRss>[0];

describe('storyUpdates(story)', () => {
	it('lists a claim as new once, on the day the record says it was first published', () => {
		const updates = storyUpdates(storyOf([claim('a')], { a: '2026-11-25' }));
		expect(updates).toEqual([expect.objectContaining({ id: 'a/new', kind: 'new', date: '2026-11-25', path: '/claims/a/' })]);
	});
	it('makes no item when only `assessed` moves: the claim stays new on its first day', () => {
		const before = storyUpdates(storyOf([claim('a')], { a: '2026-11-25' }));
		const after = storyUpdates(storyOf([claim('a', { assessed: '2026-12-03' })], { a: '2026-11-25' }));
		expect(after).toEqual(before);
	});
	it('makes exactly one item for a status change, dated by its correction', () => {
		const moved = claim('a', { status: 'disputed', corrections: [{ date: '2026-12-01', note: 'A later report disputes it.', status: { from: 'reported', to: 'disputed' } }] });
		const updates = storyUpdates(storyOf([moved], { a: '2026-11-25' }));
		expect(updates.map((u) => [u.id, u.kind, u.date])).toEqual([
			['a/correction/1', 'status', '2026-12-01'],
			['a/new', 'new', '2026-11-25'],
		]);
		expect(updates[1]!.heading).toBe('New claim, “Reported”');
	});
	it('keeps every item id when the claim is renamed (the old id becomes an alias)', () => {
		const corrections = [{ date: '2026-12-01', note: 'Typo fixed.' }];
		const before = storyUpdates(storyOf([claim('old-name', { corrections })], { 'old-name': '2026-11-25' }));
		const after = storyUpdates(storyOf([claim('new-name', { aliases: ['old-name'], corrections })], { 'old-name': '2026-11-25' }));
		expect(after.map((u) => [u.id, u.date, u.permalink])).toEqual(before.map((u) => [u.id, u.date, u.permalink]));
		expect(after.map((u) => u.path)).toEqual(['/claims/new-name/', '/claims/new-name/']);
	});
	it('lists nothing for a claim not yet published', () => {
		expect(storyUpdates(storyOf([claim('draft', { corrections: [{ date: '2026-12-01', note: 'x' }] })], {}))).toEqual([]);
	});
});

describe('the feeds across a rename', () => {
	it('RSS guids and JSON Feed ids are the same before and after, and both parse strictly', async () => {
		const site = new URL('https://kursk-explainer.example');
		const corrections = [{ date: '2026-12-01', note: 'Disputed by a later report.', status: { from: 'reported', to: 'disputed' } }];
		const before = storyOf([claim('old-name', { status: 'disputed', corrections })], { 'old-name': '2026-11-25' });
		const after = storyOf([claim('new-name', { status: 'disputed', aliases: ['old-name'], corrections })], { 'old-name': '2026-11-25' });
		const guids = async (story: typeof before) => {
			const xml = await updatesRss(story, site);
			expect(XMLValidator.validate(xml)).toBe(true);
			const items = [new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item].flat() as { guid: { '#text': string } }[];
			expect(items.length).toBe(2);
			return items.map((item) => item.guid['#text']);
		};
		const ids = (story: typeof before) => (JSON.parse(updatesJsonFeed(story, site)) as { items: { id: string }[] }).items.map((item) => item.id);
		expect(await guids(after)).toEqual(await guids(before));
		expect(ids(after)).toEqual(ids(before));
		expect(ids(before)).toContain('https://kursk-explainer.example/claims/old-name/#update-old-name-new');
	});
});

describe('firstPublished(story)', () => {
	it('is the earliest day the record holds, whatever the claims were assessed on', () => {
		expect(firstPublished(storyOf([claim('a', { assessed: '2026-11-20' })], { a: '2026-11-25', b: '2026-11-27' }))).toBe('2026-11-25');
	});
});

describe('claimLastUpdated(claim)', () => {
	it('is the day the status was assessed when there is no correction', () => {
		expect(claimLastUpdated({ data: { assessed: '2024-11-06', corrections: [] } })).toBe('2024-11-06');
	});
	it('is the latest correction when one is later than the assessment', () => {
		expect(claimLastUpdated({ data: { assessed: '2024-11-06', corrections: [{ date: '2024-11-09' }, { date: '2024-11-08' }] } })).toBe('2024-11-09');
	});
	it('never goes back before the assessment', () => {
		expect(claimLastUpdated({ data: { assessed: '2024-11-10', corrections: [{ date: '2024-11-08' }] } })).toBe('2024-11-10');
	});
});
