// The fonts a social card is drawn with: Inter for Latin, Greek and Cyrillic, then Noto for
// emoji, Hangul, Arabic and Hebrew. Each comes from its @fontsource package in subsets by
// Unicode range, and a card loads only the subsets its own text needs, so a card in English
// reads no Hangul at all. Satori takes a glyph from the first font that has it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A font family from @fontsource, in fallback order. */
const FAMILIES = [
	{ name: 'Inter', package: 'inter' },
	// Before the others: Noto Sans Arabic's "symbols" subset names emoji ranges it has no glyphs for.
	{ name: 'Noto Emoji', package: 'noto-emoji' },
	{ name: 'Noto Sans KR', package: 'noto-sans-kr' },
	{ name: 'Noto Sans Arabic', package: 'noto-sans-arabic' },
	{ name: 'Noto Sans Hebrew', package: 'noto-sans-hebrew' },
] as const;

const WEIGHTS = [400, 700] as const;

export interface CardFont {
	name: string;
	data: Buffer;
	weight: (typeof WEIGHTS)[number];
	style: 'normal';
}

/** "U+0460-052F,U+20B4" → [[0x460, 0x52f], [0x20b4, 0x20b4]] */
export function parseUnicodeRange(range: string): [number, number][] {
	return range.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

/** The subsets of a family, by name (e.g. "latin", "[12]"), each with its code point ranges. */
const subsets = new Map<string, Promise<[string, [number, number][]][]>>();
const subsetsOf = (pkg: string) => {
	let found = subsets.get(pkg);
	if (!found) {
		found = readFile(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8').then((json) =>
			Object.entries(JSON.parse(json) as Record<string, string>).map(([name, range]) => [name, parseUnicodeRange(range)] as [string, [number, number][]]),
		);
		subsets.set(pkg, found);
	}
	return found;
};

const files = new Map<string, Promise<Buffer>>();
const fontFile = (file: string) => {
	let data = files.get(file);
	if (!data) files.set(file, (data = readFile(require.resolve(file))));
	return data;
};

/**
 * The fonts to draw `text` with: Inter's Latin subset always (the card's own labels), and every
 * other subset, of any family, that holds a character of `text` no earlier family has.
 */
export async function cardFonts(text: string): Promise<CardFont[]> {
	const { chosen } = await subsetsFor(text);
	return Promise.all(
		chosen.flatMap(({ name, file }) => WEIGHTS.map(async (weight) => ({ name, data: await fontFile(`${file}-${weight}-normal.woff`), weight, style: 'normal' as const }))),
	);
}

/** The characters of `text` that no shipped font has: drawn with these fonts, they would be empty boxes. */
export async function missingGlyphs(text: string): Promise<string[]> {
	return [...(await subsetsFor(text)).missing].map((code) => String.fromCodePoint(code));
}

/** The font subsets `text` needs (see cardFonts), and the code points none of them has. */
async function subsetsFor(text: string) {
	const needed = new Set([...text].map((char) => char.codePointAt(0)!).filter((code) => code > 0x20));
	const chosen: { name: string; file: string }[] = [];
	for (const family of FAMILIES) {
		for (const [subset, ranges] of await subsetsOf(family.package)) {
			const covered = [...needed].filter((code) => ranges.some(([from, to]) => code >= from && code <= to));
			const base = family.name === 'Inter' && subset === 'latin';
			if (!base && covered.length === 0) continue;
			for (const code of covered) needed.delete(code);
			// Satori keeps one font per name and weight: each subset needs a name of its own.
			chosen.push({ name: base ? family.name : `${family.name} ${subset}`, file: `@fontsource/${family.package}/files/${family.package}-${subset.replace(/[[\]]/g, '')}` });
		}
	}
	return { chosen, missing: needed };
}
