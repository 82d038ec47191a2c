import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { staticMap } from '../../../src/map/static-map.ts';

const topology = JSON.parse(readFileSync('public/map/boundaries.topo.json', 'utf8')) as Topology;
const place = { id: 'p', name: 'P', position: [160, 20] as [number, number], labelSide: 'right' as const };

describe('staticMap(topology, bounds, places, highlighted, width, height)', () => {
	it('names only the countries whose name point falls on the drawing', () => {
		const ocean = staticMap(topology, [[158, 18], [163, 23]], [place], new Set(), 720, 400);
		expect(ocean.countries.filter((c) => c.label)).toEqual([]);
		const wide = staticMap(topology, [[21, 37], [175, 53]], [place], new Set(), 720, 400);
		const named = wide.countries.filter((c) => c.label);
		expect(named.length).toBeGreaterThan(0);
		for (const { label } of named) expect(label!.x >= 0 && label!.x <= 720 && label!.y >= 0 && label!.y <= 400).toBe(true);
	});
});
