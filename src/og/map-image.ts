import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts, missingGlyphs } from './card-fonts.ts';
import type { CardNode } from './claim-card.ts';
import { labelAt, type StaticMap } from '../map/static-map.ts';
import { MAP_PALETTES, staticMapShapes, type MapScheme } from '../map/static-map-svg.ts';

/** How many image pixels per CSS pixel of the map's 720 × 400 box: sharp on a phone's screen. */
export const MAP_SCALE = 2;

const div = (style: Record<string, string | number>, children?: CardNode | CardNode[] | string): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } }) as CardNode;

/**
 * A label on one line, placed as the SVG file places it: `anchor` is where its text starts,
 * centres or ends, at `y` its middle. Its box runs to the map's edge, so a long name is cut
 * there, as in the SVG, rather than wrapped over the map.
 */
function label(x: number, y: number, anchor: 'start' | 'middle' | 'end', text: string, style: Record<string, string | number>, width: number): CardNode {
	const lineHeight = 20;
	const half = Math.min(x, width - x);
	const across: Record<string, number> = anchor === 'start' ? { left: x, width: width - x } : anchor === 'end' ? { left: 0, width: x } : { left: x - half, width: 2 * half };
	return div({ position: 'absolute', top: y - lineHeight / 2, ...across, height: lineHeight, lineHeight: `${lineHeight}px`, whiteSpace: 'nowrap', overflow: 'hidden', justifyContent: anchor === 'start' ? 'flex-start' : anchor === 'end' ? 'flex-end' : 'center', ...style }, text);
}

/** Scripts written right to left, which satori lays out left to right, letters unjoined. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/**
 * Whether the image can carry these words as a browser would draw them: none is written right
 * to left, and the shipped fonts have every letter. Where it cannot, the page shows the SVG file,
 * whose words the reader's browser draws.
 */
export async function canDrawWords(words: readonly string[]): Promise<boolean> {
	const text = words.join(' ');
	return !RIGHT_TO_LEFT.test(text) && (await missingGlyphs(text)).length === 0;
}

/**
 * The static map as the page shows it: a WebP image, light or dark. An image costs a phone's main
 * thread a decode, where the SVG file costs a parse, a layout and text shaping. The shapes come
 * from the same drawing as the SVG file; the words are drawn by satori in the fonts shipped with
 * the project (as the social cards are), so the image is the same on every machine that builds it.
 */
export function staticMapRaster(map: StaticMap, scheme: MapScheme): Promise<Buffer> {
	// The preview asks for the image on every reload of a page, and drawing it takes a second of
	// CPU: the last few drawings are kept, by what they draw.
	const key = createHash('sha256').update(JSON.stringify([scheme, map])).digest('hex');
	let image = drawn.get(key);
	if (!image) {
		image = draw(map, scheme);
		image.catch(() => drawn.delete(key));
		drawn.set(key, image);
		for (const old of [...drawn.keys()].slice(0, -4)) drawn.delete(old);
	}
	return image;
}
const drawn = new Map<string, Promise<Buffer>>();

async function draw(map: StaticMap, scheme: MapScheme): Promise<Buffer> {
	const { width, height } = map;
	const colours = MAP_PALETTES[scheme];
	const shapes = `data:image/svg+xml;base64,${Buffer.from(staticMapShapes(map, scheme)).toString('base64')}`;
	const halo = [-1.5, 0, 1.5].flatMap((dx) => [-1.5, 0, 1.5].map((dy) => `${dx}px ${dy}px 0 ${colours.land}`)).join(', ');
	const words = [
		...map.countries.filter((c) => c.label).map((c) => label(c.label!.x, c.label!.y, 'middle', c.name.toUpperCase(), { fontSize: 13, letterSpacing: 1.5, color: colours.ink2 }, width)),
		...map.places.flatMap((p) => {
			const at = labelAt(p);
			return at ? [label(at.x, at.y, at.anchor, p.name, { fontSize: 15, fontWeight: 700, color: colours.ink, textShadow: halo }, width)] : [];
		}),
	];
	const root = div({ position: 'relative', width, height }, [{ type: 'img', props: { src: shapes, width, height, style: { position: 'absolute', left: 0, top: 0 } } } as CardNode, ...words]);
	const text = [...map.countries.map((c) => c.name.toUpperCase()), ...map.places.map((p) => p.name)].join(' ');
	const svg = await satori(root as never, { width, height, fonts: await cardFonts(text) });
	const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: width * MAP_SCALE } }).render().asPng();
	return sharp(png).webp({ quality: 70, effort: 6 }).toBuffer();
}
