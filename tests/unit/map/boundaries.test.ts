import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { boundaryFeatures } from '../../../src/map/static-map.ts';

const FILE = 'public/map/boundaries.topo.json';
const topology = JSON.parse(readFileSync(FILE, 'utf8')) as Topology;
const { countries, regions } = boundaryFeatures(topology);

const positions = (geometry: GeoJSON.Geometry): number[][] =>
	geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat(2) : [];

describe('the bundled boundary data', () => {
	it('has the Kursk, Primorye and Khabarovsk regions', () => {
		expect(regions.map((r) => r.id).sort()).toEqual(['RU.KH', 'RU.KS', 'RU.PR']);
		const kursk = regions.find((r) => r.id === 'RU.KS')!;
		expect(positions(kursk.geometry).length).toBeGreaterThan(3);
	});
	it('has the countries of the story and their neighbours', () => {
		expect(countries.map((c) => c.properties.name)).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'North Korea', 'South Korea', 'China', 'Japan']));
	});
	it('has every coordinate in range, and none of Russia wrapped past the antimeridian', () => {
		for (const f of [...countries, ...regions]) {
			for (const [lon, lat] of positions(f.geometry)) {
				expect(lon).toBeGreaterThanOrEqual(-180);
				expect(lon).toBeLessThanOrEqual(180);
				expect(lat).toBeGreaterThanOrEqual(-90);
				expect(lat).toBeLessThanOrEqual(90);
			}
		}
		const russia = countries.find((c) => c.properties.name === 'Russia')!;
		expect(positions(russia.geometry).every(([lon]) => lon! >= 0)).toBe(true);
	});
	it('puts the Kursk region where the Kursk region is: about 51.7° N, 36.2° E', () => {
		const [lons, lats] = [0, 1].map((i) => positions(regions.find((r) => r.id === 'RU.KS')!.geometry).map((p) => p[i]!));
		expect(Math.min(...lons!)).toBeGreaterThan(34);
		expect(Math.max(...lons!)).toBeLessThan(39);
		expect(Math.min(...lats!)).toBeGreaterThan(50);
		expect(Math.max(...lats!)).toBeLessThan(53);
	});
	it('stays small enough to load with the map (under 30 kB before compression)', () => {
		expect(statSync(FILE).size).toBeLessThan(30_000);
	});
});
