import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LonLat } from './geo.ts';

type Shape = Feature<Polygon | MultiPolygon, { name: string; label?: LonLat | null }>;

export interface MapPlace {
	id: string;
	name: string;
	position: LonLat;
	labelSide: 'left' | 'right';
	/** A region's name is always drawn: where no side is free, it may cover another place's dot (never another name). */
	region?: boolean;
}

/** The story's map drawn for SVG: country and region outlines and places, in pixels. */
export interface StaticMap {
	width: number;
	height: number;
	countries: { id: string; name: string; d: string; label?: { x: number; y: number } }[];
	regions: { id: string; name: string; d: string; highlighted: boolean }[];
	/** Each place in pixels, with the side its name is drawn on, or null where no side has room (the list of places below the map names it). */
	places: (MapPlace & { x: number; y: number; label: LabelSide | null })[];
}

/** Where a place's name sits: beside its dot, or centred above or below it. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** Rough width of one character of a place name at the map's 15px bold type, and a name's height. */
const NAME_CHAR = 8.6;
const NAME_HEIGHT = 18;

/**
 * Sides for the places' names, so that no two names overlap and none covers another place's
 * marker or runs off the drawing: each place, in the order given, takes its preferred side if it
 * has room, else the other, else above or below its dot, else no name on the map.
 */
export function placeLabels(places: readonly (MapPlace & { x: number; y: number })[], width: number): (LabelSide | null)[] {
	type Box = [number, number, number, number];
	const taken: Box[] = places.map((p) => [p.x - 5, p.y - 5, p.x + 5, p.y + 5]);
	const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
	return places.map((p, i) => {
		const w = p.name.length * NAME_CHAR;
		const sides: LabelSide[] = p.labelSide === 'left' ? ['left', 'right', 'above', 'below'] : ['right', 'left', 'above', 'below'];
		const h = NAME_HEIGHT / 2;
		const boxOf = (side: LabelSide): Box =>
			side === 'right' ? [p.x + 8, p.y - h, p.x + 8 + w, p.y + h]
			: side === 'left' ? [p.x - 8 - w, p.y - h, p.x - 8, p.y + h]
			: side === 'above' ? [p.x - w / 2, p.y - 6 - NAME_HEIGHT, p.x + w / 2, p.y - 6]
			: [p.x - w / 2, p.y + 6, p.x + w / 2, p.y + 6 + NAME_HEIGHT];
		for (const side of sides) {
			const box = boxOf(side);
			if (box[0] < 0 || box[2] > width) continue;
			if (taken.some((other, j) => j !== i && overlaps(box, other))) continue;
			taken.push(box);
			return side;
		}
		if (p.region) {
			// A region's name is the map's subject: it may cover a dot, never a name.
			const names = taken.slice(places.length);
			for (const side of sides) {
				const box = boxOf(side);
				if (box[0] < 0 || box[2] > width || names.some((other) => overlaps(box, other))) continue;
				taken.push(box);
				return side;
			}
		}
		return null;
	});
}

/** Country and region features from the bundled topology. */
export function boundaryFeatures(topology: Topology) {
	const countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string; label?: LonLat | null }>;
	const regions = feature(topology, topology.objects.regions!) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string; label?: LonLat | null }>;
	return { countries: countries.features as Shape[], regions: regions.features as Shape[] };
}

/**
 * Draws the map at build time in Web Mercator, the projection Leaflet uses, fitted to the same
 * bounds Leaflet is given, so the static map and the live one show the same picture.
 */
export function staticMap(
	topology: Topology,
	bounds: [LonLat, LonLat],
	places: readonly MapPlace[],
	highlightedRegions: ReadonlySet<string>,
	width: number,
	height: number,
): StaticMap {
	const [[west, south], [east, north]] = bounds;
	const box = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
	// Clipped to the drawing, so outlines far outside the view (most of Russia, China) add no bytes.
	const projection = geoMercator().fitSize([width, height], box).clipExtent([[-10, -10], [width + 10, height + 10]]);
	const path = geoPath(projection);
	const round = (d: string | null) => (d ?? '').replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
	const { countries, regions } = boundaryFeatures(topology);
	return {
		width,
		height,
		countries: countries.map((f) => {
			// A country is named only where its name point falls on the drawing.
			const at = f.properties.label ? projection(f.properties.label) : null;
			const shown = at && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height;
			return { id: String(f.id), name: f.properties.name, d: round(path(f)), label: shown ? { x: Math.round(at[0]), y: Math.round(at[1]) } : undefined };
		}),
		regions: regions.map((f) => ({ id: String(f.id), name: f.properties.name, d: round(path(f)), highlighted: highlightedRegions.has(String(f.id)) })),
		places: withLabels(
			places.map((place) => {
				const [x, y] = projection(place.position)!;
				return { ...place, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
			}),
			width,
		),
	};
}

const withLabels = <P extends MapPlace & { x: number; y: number }>(places: P[], width: number) => {
	const sides = placeLabels(places, width);
	return places.map((place, i) => ({ ...place, label: sides[i]! }));
};

/** Where a place's name is drawn for its side: the point of its text's middle line and the text's anchor. */
export function labelAt(p: { x: number; y: number; label: LabelSide | null }): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | undefined {
	switch (p.label) {
		case 'right':
			return { x: p.x + 8, y: p.y, anchor: 'start' };
		case 'left':
			return { x: p.x - 8, y: p.y, anchor: 'end' };
		case 'above':
			return { x: p.x, y: p.y - 6 - NAME_HEIGHT / 2, anchor: 'middle' };
		case 'below':
			return { x: p.x, y: p.y + 6 + NAME_HEIGHT / 2, anchor: 'middle' };
		default:
			return undefined;
	}
}
