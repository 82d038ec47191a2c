import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import { MAP_HEIGHT, MAP_WIDTH, storyMapView } from '../../map/map-view.ts';
import { staticMap } from '../../map/static-map.ts';
import { staticMapRaster } from '../../og/map-image.ts';
import { MAP_PALETTES, type MapScheme } from '../../map/static-map-svg.ts';
import { loadStory } from '../../model/load-story.ts';

export const getStaticPaths = () => Object.keys(MAP_PALETTES).map((scheme) => ({ params: { scheme } }));

/** The static map as the story page and the map embed show it, light and dark (see src/og/map-image.ts). */
export const GET: APIRoute = async ({ params }) => {
	const story = await loadStory();
	const topology = JSON.parse(await readFile('public/map/boundaries.topo.json', 'utf8')) as Topology;
	const view = storyMapView(story.places, story.captions.mapArea, story.claimsByPlace);
	const map = staticMap(topology, view.bounds, view.places, view.highlighted, MAP_WIDTH, MAP_HEIGHT);
	return new Response(new Uint8Array(await staticMapRaster(map, params.scheme as MapScheme)), { headers: { 'Content-Type': 'image/webp' } });
};
