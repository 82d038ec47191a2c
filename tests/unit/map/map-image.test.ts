import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAP_PALETTES } from '../../../src/map/static-map-svg.ts';
import type { StaticMap } from '../../../src/map/static-map.ts';
import { canDrawWords, MAP_SCALE, staticMapRaster } from '../../../src/og/map-image.ts';

/** A map of one square country and one place, small enough to draw in a moment. */
const MAP: StaticMap = {
	width: 200,
	height: 100,
	countries: [{ id: '1', name: 'Testland', d: 'M20,20L180,20L180,80L20,80Z', label: { x: 100, y: 70 } }],
	regions: [],
	places: [{ id: 'here', name: 'A place with a long name, longer than the map is wide', x: 150, y: 40, labelSide: 'right', label: 'right' }],
} as unknown as StaticMap;

describe('the static map as an image', () => {
	it('draws words in Latin, Cyrillic and Hangul, and leaves right-to-left names and scripts without a font to the browser', async () => {
		expect(await canDrawWords(['Kursk region', 'Хабаровск', '평양'])).toBe(true);
		expect(await canDrawWords(['Kursk', 'دمشق'])).toBe(false);
		expect(await canDrawWords(['ירושלים'])).toBe(false);
		expect(await canDrawWords(['አዲስ አበባ'])).toBe(false);
	});

	it('gives a WebP at twice the map\'s size, in each scheme\'s own sea colour, whatever the length of a name', async () => {
		for (const scheme of Object.keys(MAP_PALETTES) as (keyof typeof MAP_PALETTES)[]) {
			const image = sharp(await staticMapRaster(MAP, scheme));
			expect(await image.metadata()).toMatchObject({ format: 'webp', width: MAP.width * MAP_SCALE, height: MAP.height * MAP_SCALE });
			// The top-left corner is sea, drawn in the palette's colour (WebP is lossy: within a few levels).
			const { data } = await image.clone().extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
			const sea = MAP_PALETTES[scheme].sea.match(/\w\w/g)!.map((hex) => parseInt(hex, 16));
			sea.forEach((level, i) => expect(Math.abs(data[i]! - level), `${scheme} sea`).toBeLessThanOrEqual(6));
		}
	});
});
