import type { Place } from '../schemas/place.ts';
import type { Entry } from '../story/story-index.ts';
import { formatKm, greatCircleKm, paddedBounds, type LonLat } from './geo.ts';
import type { MapPlace } from './static-map.ts';

/** The static map's drawing size, in SVG units; the live map takes the same box. */
export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 400;

/** A straight-line distance the map states between two places; nothing on the map draws it. */
export interface MapDistance {
	from: string;
	to: string;
	fromName: string;
	toName: string;
	km: number;
	/** "Ussuriysk to Kursk region: 6,700 km". */
	text: string;
}

/** What the story map shows, computed from the places alone. */
export interface StoryMapView {
	places: MapPlace[];
	distances: MapDistance[];
	/** The box the map is fitted to, [[west, south], [east, north]]. */
	bounds: [LonLat, LonLat];
	/** Region codes to highlight. */
	highlighted: Set<string>;
	/** The map's text description for screen readers. */
	description: string;
}

/**
 * Web Mercator (the live map's projection, and the static one's) cannot show the poles: a
 * latitude beyond ±85° would stretch the map to infinity and blank it, so positions are drawn
 * at most that far north or south. The place list still gives the coordinates as written.
 */
export const MERCATOR_LIMIT = 85;

/** `area` says what the map covers, e.g. "from Ukraine to the Sea of Japan" (content/story.md: captions.mapArea). */
export function storyMapView(places: readonly Entry<Place>[], area: string, claimsByPlace: ReadonlyMap<string, number> = new Map()): StoryMapView {
	const weight = (id: string) => claimsByPlace.get(id) ?? 0;
	const byId = new Map(places.map((place) => [place.id, place]));
	const position = (id: string): LonLat => {
		const { lon, lat } = byId.get(id)!.data;
		return [lon, Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, lat))];
	};
	// Names are placed in this order where they collide: regions first, then places the map gives a distance for (the story's anchors), then the places more claims are about.
	const mapPlaces = [...places].sort((a, b) => Number(b.data.kind === 'region') - Number(a.data.kind === 'region') || Number(b.data.distanceTo !== undefined) - Number(a.data.distanceTo !== undefined) || weight(b.id) - weight(a.id)).map((place) => ({ id: place.id, name: place.data.name, position: position(place.id), labelSide: place.data.labelSide, region: place.data.kind === 'region' }));
	const distances = places
		.filter((place) => place.data.distanceTo && byId.has(place.data.distanceTo))
		.map((place) => {
			const to = place.data.distanceTo!;
			const km = greatCircleKm(position(place.id), position(to));
			const toName = byId.get(to)!.data.name;
			return { from: place.id, to, fromName: place.data.name, toName, km, text: `${place.data.name} to ${toName}: ${formatKm(km)}` };
		});
	const names = mapPlaces.map((place) => place.name).join(', ');
	const distanceText = distances.map((d) => `${d.fromName} is ${formatKm(d.km)} from ${d.toName} in a straight line`).join('; ');
	return {
		places: mapPlaces,
		distances,
		bounds: paddedBounds(mapPlaces.map((place) => place.position), 0.15, 0.4).map(([lon, lat]) => [
			Math.max(-180, Math.min(180, lon)),
			Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, lat)),
		]) as [LonLat, LonLat],
		highlighted: new Set(places.map((place) => place.data.boundary).filter((code) => code !== undefined)),
		description: `A map ${area}. ${names} are marked.${distanceText ? ` ${distanceText}.` : ''}`,
	};
}
