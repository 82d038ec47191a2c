import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, formatKm, greatCircleArc, greatCircleKm, paddedBounds, type LonLat } from '../../../src/map/geo.ts';

/** The haversine formula, written out independently of d3-geo. */
function haversineKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat) {
	const rad = Math.PI / 180;
	const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

const kursk: LonLat = [36.1, 51.6];
const ussuriysk: LonLat = [131.95, 43.8];
const khabarovsk: LonLat = [135.07, 48.48];

describe('greatCircleKm(from, to)', () => {
	it('agrees with the haversine formula for the story\'s routes', () => {
		expect(greatCircleKm(ussuriysk, kursk)).toBeCloseTo(haversineKm(ussuriysk, kursk), 6);
		expect(greatCircleKm(khabarovsk, kursk)).toBeCloseTo(haversineKm(khabarovsk, kursk), 6);
	});
	it('puts the Far East assembly areas between 6,000 and 7,000 km from the Kursk region', () => {
		expect(greatCircleKm(ussuriysk, kursk)).toBeGreaterThan(6000);
		expect(greatCircleKm(ussuriysk, kursk)).toBeLessThan(7000);
		expect(greatCircleKm(khabarovsk, kursk)).toBeLessThan(greatCircleKm(ussuriysk, kursk));
	});
	it('gives a quarter of the Earth\'s circumference from the pole to the equator', () => {
		expect(greatCircleKm([0, 90], [0, 0])).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
	});
});

describe('greatCircleArc(from, to, steps)', () => {
	it('starts and ends at the two places and bows north of the straight line between them', () => {
		const arc = greatCircleArc(ussuriysk, kursk, 10);
		expect(arc).toHaveLength(11);
		expect(arc[0]![0]).toBeCloseTo(ussuriysk[0], 9);
		expect(arc.at(-1)![1]).toBeCloseTo(kursk[1], 9);
		expect(arc[5]![1]).toBeGreaterThan((ussuriysk[1] + kursk[1]) / 2);
	});
});

describe('paddedBounds(positions, pad, eastPad)', () => {
	it('widens the box on every side, and further east', () => {
		const [[w, s], [e, n]] = paddedBounds([kursk, ussuriysk], 0.1, 0.4);
		expect(w).toBeLessThan(36.1);
		expect(s).toBeLessThan(43.8);
		expect(n).toBeGreaterThan(51.6);
		expect(e - 131.95).toBeCloseTo((131.95 - 36.1) * 0.4, 9);
	});
});

describe('formatKm(distance)', () => {
	it('rounds to ten kilometres, no more exact than the coordinates', () => {
		expect(formatKm(6403.7)).toBe('6,400 km');
	});
});
