import { describe, expect, it } from 'vitest';
import { storyMapView } from '../../../src/map/map-view.ts';
import type { Place } from '../../../src/schemas/place.ts';

const place = (id: string, lat: number, lon: number, distanceTo?: string) => ({
	id,
	data: { name: id, kind: 'city', lat, lon, coordinatesBasis: 'test', labelSide: 'right', distanceTo } as Place,
});

describe('storyMapView(places, area)', () => {
	it('gives straight-line distances as text, and draws no route', () => {
		const view = storyMapView([place('ussuriysk', 43.8, 131.95, 'kursk'), place('kursk', 51.7, 36.2)], 'from the Volga to the Pacific');
		expect(view.distances).toHaveLength(1);
		expect(view.distances[0]!.text).toMatch(/^ussuriysk to kursk: [\d,]+ km$/);
		expect(view.description).toContain('in a straight line');
		expect(view.description).toMatch(/^A map from the Volga to the Pacific\. /);
	});
	it('keeps a place at a pole or the antimeridian on a finite map', () => {
		const view = storyMapView([place('north-pole', 90, 180), place('kursk', 51.7, 36.2), place('south', -90, -180)], 'of the world');
		for (const [lon, lat] of view.bounds) {
			expect(Number.isFinite(lon)).toBe(true);
			expect(Number.isFinite(lat)).toBe(true);
			expect(Math.abs(lat)).toBeLessThan(90);
		}
	});
});
