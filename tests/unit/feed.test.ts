import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedText, updatesJsonFeed, updatesRss } from '../../src/outputs/feed.ts';

const site = new URL('https://kursk-explainer.example');
/** A story of one claim whose statement and correction note try to break out of the feed. */
function storyWith(statement: string, note: string) {
	const claim = {
		id: 'hostile',
		data: {
			statement,
			claimant: ['x'], reportedBy: ['x'], stated: { value: '2024-11-06', precision: 'by', wording: 'November 6' }, status: 'reported', assessed: '2026-11-25',
			places: [], topics: [], supports: [], contradicts: [], qualifies: [], aliases: [],
			corrections: [{ date: '2026-11-26', note }],
		},
	};
	return { story: { data: { headline: 'Headline' } }, site: { name: 'Site' }, claims: [claim], published: { firstPublished: { hostile: '2026-11-25' } }, sourceById: new Map(), tensions: [], links: new Map(), claimById: new Map(), firstReport: { id: 'first' }, reportById: new Map() } as unknown as Parameters<typeof updatesRss>[0];
}

const HOSTILE = [
	['CDATA closed twice, then elements a reader would follow', 'a ]]> b ]]><link>https://evil.example/</link><enclosure url="https://evil.example/x.exe" length="1" type="application/x"/> c'],
	['control characters YAML lets through', 'bell\u0007 vertical\u000B nul\u0000 start\u0001 end'],
	['HTML in a note', '<img src=x onerror="alert(1)"><b>bold</b> & <script>alert(2)</script>'],
	['a lone surrogate', 'half \uD83D of an emoji'],
];

describe('the feeds carry hostile text as the same plain text the page shows', () => {
	for (const [name, text] of HOSTILE) {
		it(`RSS: ${name} — well-formed to a strict parser, no element added, the text intact`, async () => {
			const xml = await updatesRss(storyWith(`Statement ${text}`, `Note ${text}`), site);
			expect(XMLValidator.validate(xml)).toBe(true);
			const items = [new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel.item].flat() as Record<string, unknown>[];
			expect(items).toHaveLength(2);
			for (const item of items) {
				expect(Object.keys(item).sort()).toEqual(['category', 'description', 'guid', 'link', 'pubDate', 'title']);
				expect(item.link).toBe('https://kursk-explainer.example/claims/hostile/');
			}
			const correction = items.find((item) => String(item.title).startsWith('Correction'))!;
			expect(correction.description).toBe(feedText(`Note ${text} Status: “Reported”.`));
		});
		it(`JSON Feed: ${name} — as content_text, never content_html`, () => {
			const feed = JSON.parse(updatesJsonFeed(storyWith(`Statement ${text}`, `Note ${text}`), site));
			expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
			for (const item of feed.items) {
				expect(item).not.toHaveProperty('content_html');
				expect(typeof item.content_text).toBe('string');
			}
			expect(feed.items.find((item: { title: string }) => item.title.startsWith('Correction')).content_text).toBe(feedText(`Note ${text} Status: “Reported”.`));
		});
	}
	it('keeps tabs, newlines and whole emoji; drops only what XML cannot hold', () => {
		expect(feedText('a\tb\nc 🇺🇦 d\u0001e\uD83D')).toBe('a\tb\nc 🇺🇦 de');
	});
});
