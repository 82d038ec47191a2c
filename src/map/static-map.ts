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
}

/** The story's map drawn for SVG: country and region outlines and places, in pixels. */
export interface StaticMap {
	width: number;
	height: number;
	countries: { id: string; name: string; d: string; label?: { x: number; y: number } }[];
	regions: { id: string; name: string; d: string; highlighted: boolean }[];
	places: (MapPlace & { x: number; y: number })[];
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
		places: places.map((place) => {
			const [x, y] = projection(place.position)!;
			return { ...place, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
		}),
	};
}
