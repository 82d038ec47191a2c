import { geoDistance, geoInterpolate } from 'd3-geo';

/** A position as [longitude, latitude] in degrees, the order GeoJSON and d3-geo use. */
export type LonLat = [number, number];

/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two positions, in kilometres, computed on a sphere. */
export function greatCircleKm(from: LonLat, to: LonLat): number {
	return geoDistance(from, to) * EARTH_RADIUS_KM;
}

/** `steps + 1` positions along the great circle from one position to another. */
export function greatCircleArc(from: LonLat, to: LonLat, steps = 32): LonLat[] {
	const at = geoInterpolate(from, to);
	return Array.from({ length: steps + 1 }, (_, i) => at(i / steps) as LonLat);
}

/**
 * The box around all positions, widened by `pad` of its size on each side, and by `eastPad`
 * on the east, where labels run right: [[west, south], [east, north]].
 */
export function paddedBounds(positions: readonly LonLat[], pad = 0.08, eastPad = pad): [LonLat, LonLat] {
	const lons = positions.map(([lon]) => lon);
	const lats = positions.map(([, lat]) => lat);
	const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	const dx = (east - west) * pad;
	const dy = (north - south) * pad;
	return [
		[west - dx, south - dy],
		[east + (east - west) * eastPad, north + dy],
	];
}

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "6,410 km" — distances are rounded to the kilometre; the coordinates are not more exact. */
export const formatKm = (distance: number) => `${km.format(Math.round(distance / 10) * 10)} km`;
