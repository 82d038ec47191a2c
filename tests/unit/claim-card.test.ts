import { rm } from 'node:fs/promises';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../src/og/card-fonts.ts';
import { claimCard, statementSize } from '../../src/og/claim-card.ts';
import { truncate } from '../../src/story/text.ts';
import { cardHash, renderClaimCard } from '../../src/og/render-card.ts';

const data = { statement: `A test claim drawn at ${Date.now()}.`, claimant: 'A source', side: 'Ukraine', status: 'Reported', date: 'Tuesday 5 November 2024', siteName: 'Kursk explainer' };

describe('claimCard(data)', () => {
	it('shows the site name, the status, the claim, the claimant with side, and the date', () => {
		const text = JSON.stringify(claimCard(data));
		for (const part of ['Kursk explainer', 'Reported', data.statement, 'Claimed by A source (Ukraine)', 'Tuesday 5 November 2024']) expect(text).toContain(part);
	});
	it('carries the figure in tension with the claim, or the claim that qualifies it, when there is one', () => {
		const context = "In tension with U.S. State Department's up to 10,000 in the Kursk region (Mon 4 Nov 2024): the two figures cannot both hold as stated.";
		expect(JSON.stringify(claimCard({ ...data, context }))).toContain(context);
		expect(JSON.stringify(claimCard(data))).not.toContain('In tension');
	});
	it('shortens a very long claim at a word boundary, and sets long claims smaller', () => {
		const long = 'word '.repeat(100).trim();
		expect(truncate(long, 220).length).toBeLessThanOrEqual(221);
		expect(truncate(long, 220).endsWith('word…')).toBe(true);
		expect(statementSize(long)).toBeLessThan(statementSize('Short claim.'));
	});
});

describe('renderClaimCard(data)', () => {
	it('draws a 1200×630 PNG once, then reads the same claim from the cache by content hash', async () => {
		const first = await renderClaimCard(data);
		const second = await renderClaimCard(data);
		expect(first.cached).toBe(false);
		expect(second.cached).toBe(true);
		expect(second.png.equals(first.png)).toBe(true);
		expect([first.png.readUInt32BE(16), first.png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(cardHash({ ...data, status: 'Confirmed' })).not.toBe(cardHash(data));
		const { CARD_CACHE } = await import('../../src/og/render-card.ts');
		await rm(`${CARD_CACHE}/${cardHash(data)}.png`);
	});
});

describe('cardFonts(text)', () => {
	const SAMPLES = {
		Cyrillic: 'Шойгу: войска КНДР в Курской области',
		Hangul: '북한군 병력 약 1만 명',
		Arabic: 'الجيش الكوري الشمالي',
		Hebrew: 'צבא צפון קוריאה',
		Greek: 'Ελλάδα',
		emoji: '🔥✅🇰🇵',
	};
	/** The characters of `text` that none of the fonts chosen for it can draw. */
	const undrawable = async (text: string) => {
		const fonts = (await cardFonts(text)).filter((font) => font.weight === 700).map((font) => opentype.parse(new Uint8Array(font.data).buffer));
		return [...text].filter((char) => char.trim() && !fonts.some((font) => font.charToGlyphIndex(char) > 0));
	};
	it.each(Object.entries(SAMPLES))('has a real glyph for every character of %s text', async (_, text) => {
		expect(await undrawable(text)).toEqual([]);
	});
	it('loads only Inter\'s Latin subset for a card in English', async () => {
		expect((await cardFonts('Up to 10,000 in the Kursk region — “about” 11,000')).map((font) => font.name)).toEqual(['Inter', 'Inter']);
	});
});
