import { escapeHtml } from '../story/text.ts';
import { labelAt, type StaticMap } from './static-map.ts';

/** The static map's colours, light and dark: the SVG file's own, and the raster images'. */
export const MAP_PALETTES = {
	light: { sea: '#dfeaf3', land: '#f4f1ea', stroke: '#a9a39a', region: '#b3261e', ink: '#1a1a1a', ink2: '#4a4a4a', paper: '#fff' },
	dark: { sea: '#1b2631', land: '#2b2b2b', stroke: '#6b6b6b', region: '#ff8a80', ink: '#eee', ink2: '#c8c8c8', paper: '#121212' },
} as const;
export type MapScheme = keyof typeof MAP_PALETTES;
type Palette = (typeof MAP_PALETTES)[MapScheme];

const cssVariables = (palette: Palette) => Object.entries(palette).map(([name, value]) => `--${name}:${value}`).join(';');

/** The land, the sea, the regions and the places' dots: the map without a word on it, in one scheme's colours. */
export function staticMapShapes(map: StaticMap, scheme: MapScheme): string {
	return mapSvg(map, `svg{${cssVariables(MAP_PALETTES[scheme])}}`, false).replace(/var\(--(\w+)\)/g, (_, name: keyof Palette) => MAP_PALETTES[scheme][name]);
}

/**
 * The static map as a standalone SVG file, with its own light and dark colours (an SVG shown as
 * an image does not see the page's styles). Text from content is escaped. The page shows the map
 * as raster images (og/map-image.ts), which cost a phone less, and this file only where a place
 * name is one the images cannot draw; it is built either way, for whoever wants the map as vector.
 */
export function staticMapSvg(map: StaticMap, title: string, description: string): string {
	return mapSvg(
		map,
		`svg{${cssVariables(MAP_PALETTES.light)};font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}\n@media (prefers-color-scheme:dark){svg{${cssVariables(MAP_PALETTES.dark)}}}`,
		true,
		`<title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>`,
	);
}

function mapSvg(map: StaticMap, colours: string, withText: boolean, head = ''): string {
	const { width, height } = map;
	const text = (x: number, y: number, className: string, content: string, anchor = 'middle', dy = '') =>
		`<text x="${x}" y="${y}"${dy ? ` dy="${dy}"` : ''} class="${className}" text-anchor="${anchor}">${escapeHtml(content)}</text>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${head ? ' role="img"' : ''}>`,
		head,
		'<style>',
		colours,
		'.sea{fill:var(--sea)}.country{fill:var(--land);stroke:var(--stroke);stroke-width:.7}',
		'.region{fill:none;stroke:var(--stroke);stroke-width:.7;stroke-dasharray:2 2}',
		'.region.highlighted{fill:var(--region);fill-opacity:.35;stroke:var(--region);stroke-width:1.5;stroke-dasharray:none}',
		'.country-name{font-size:13px;letter-spacing:.12em;text-transform:uppercase;fill:var(--ink2)}',
		'.place circle{fill:var(--ink);stroke:var(--paper);stroke-width:1.5}',
		'.place text{font-size:15px;font-weight:600;fill:var(--ink);paint-order:stroke;stroke:var(--land);stroke-width:3px}',
		'</style>',
		`<rect width="${width}" height="${height}" class="sea"/>`,
		...map.countries.map((c) => `<path d="${c.d}" class="country"/>`),
		...map.regions.map((r) => `<path d="${r.d}" class="region${r.highlighted ? ' highlighted' : ''}"/>`),
		...(withText ? map.countries.filter((c) => c.label).map((c) => text(c.label!.x, c.label!.y, 'country-name', c.name)) : []),
		...map.places.map((p) => {
			const at = p.label && labelAt(p);
			return `<g class="place"><circle cx="${p.x}" cy="${p.y}" r="4.5"/>${withText && at ? text(at.x, at.y, 'name', p.name, at.anchor, '0.35em') : ''}</g>`;
		}),
		'</svg>',
	].join('\n');
}
