import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { placeLabels, staticMap } from '../../../src/map/static-map.ts';

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

describe('placeLabels(places, width): names that never overlap on the map', () => {
	const at = (id: string, x: number, y: number, labelSide: 'left' | 'right' = 'right') => ({ id, name: `Place ${id}`, position: [0, 0] as [number, number], labelSide, x, y });
	it('gives each place its preferred side when there is room', () => {
		expect(placeLabels([at('a', 100, 100), at('b', 400, 300, 'left')], 800)).toEqual(['right', 'left']);
	});
	it('moves a name to the other side when its side is taken, then above or below, and leaves it off the map when nowhere has room', () => {
		expect(placeLabels([at('a', 100, 100), at('b', 100, 110)], 800)).toEqual(['right', 'left']);
		expect(placeLabels([at('a', 100, 100), at('b', 100, 110), at('c', 100, 105)], 800)).toEqual(['right', 'left', null]);
	});
	it('puts a name above or below its dot when other dots hem it in on both sides', () => {
		expect(placeLabels([at('a', 300, 100), at('b', 320, 100), at('c', 280, 100)], 800)[0]).toBe('above');
	});
	it('always names a region, over another place\'s dot if it must, but never over another name', () => {
		const region = { ...at('r', 100, 100), region: true };
		expect(placeLabels([region, at('b', 112, 100), at('c', 88, 100), at('d', 100, 88), at('e', 100, 112)], 800)[0]).not.toBeNull();
	});
	it('never runs a name off the drawing', () => {
		expect(placeLabels([at('a', 790, 100)], 800)).toEqual(['left']);
	});
});
