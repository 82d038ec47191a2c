import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import type { Topology } from 'topojson-specification';
import { MAP_HEIGHT, MAP_WIDTH, storyMapView } from '../../map/map-view.ts';
import { staticMap } from '../../map/static-map.ts';
import { staticMapSvg } from '../../map/static-map-svg.ts';
import { loadStory } from '../../model/load-story.ts';

/** The static map of the story's places, drawn at build time: the map's first view, and all of it without JavaScript. */
export const GET: APIRoute = async () => {
	const story = await loadStory();
	const topology = JSON.parse(await readFile('public/map/boundaries.topo.json', 'utf8')) as Topology;
	const view = storyMapView(story.places, story.captions.mapArea, story.claimsByPlace);
	const map = staticMap(topology, view.bounds, view.places, view.highlighted, MAP_WIDTH, MAP_HEIGHT);
	return new Response(staticMapSvg(map, 'Map of the places in the story', view.description), { headers: { 'Content-Type': 'image/svg+xml' } });
};
