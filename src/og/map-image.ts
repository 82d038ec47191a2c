import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardFonts } from './card-fonts.ts';
import type { CardNode } from './claim-card.ts';
import type { StaticMap } from '../map/static-map.ts';
import { MAP_PALETTES, staticMapShapes, type MapScheme } from '../map/static-map-svg.ts';

/** How many image pixels per CSS pixel of the map's 720 × 400 box: sharp on a phone's screen. */
export const MAP_SCALE = 2;

const div = (style: Record<string, string | number>, children?: CardNode | CardNode[] | string): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } }) as CardNode;

/** A label, placed as the SVG file places it: `anchor` is where its text starts, centres or ends, at `y` its middle. */
function label(x: number, y: number, anchor: 'start' | 'middle' | 'end', text: string, style: Record<string, string | number>, width: number): CardNode {
	const box = 300;
	const lineHeight = 20;
	const across = anchor === 'start' ? { left: x } : anchor === 'end' ? { right: width - x } : { left: x - box / 2 };
	return div({ position: 'absolute', top: y - lineHeight / 2, ...across, width: box, height: lineHeight, lineHeight: `${lineHeight}px`, justifyContent: anchor === 'start' ? 'flex-start' : anchor === 'end' ? 'flex-end' : 'center', ...style }, text);
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
		...map.places.map((p) => {
			const left = p.labelSide === 'left';
			return label(left ? p.x - 8 : p.x + 8, p.y, left ? 'end' : 'start', p.name, { fontSize: 15, fontWeight: 700, color: colours.ink, textShadow: halo }, width);
		}),
	];
	const root = div({ position: 'relative', width, height }, [{ type: 'img', props: { src: shapes, width, height, style: { position: 'absolute', left: 0, top: 0 } } } as CardNode, ...words]);
	const text = [...map.countries.map((c) => c.name.toUpperCase()), ...map.places.map((p) => p.name)].join(' ');
	const svg = await satori(root as never, { width, height, fonts: await cardFonts(text) });
	const png = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: width * MAP_SCALE } }).render().asPng();
	return sharp(png).webp({ quality: 70, effort: 6 }).toBuffer();
}
