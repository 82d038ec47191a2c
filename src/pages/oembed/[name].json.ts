import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../model/load-story.ts';
import { figuresEmbed, mapEmbed, oembedJson } from '../../story/embeds.ts';

/** oEmbed for the map and the troop-figures chart. */
export const getStaticPaths = (async () => [
	{ params: { name: 'map' }, props: { embed: mapEmbed() } },
	{ params: { name: 'figures' }, props: { embed: figuresEmbed((await loadStory()).captions.figures) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
	new Response(JSON.stringify(oembedJson(props.embed, site!, (await loadStory()).site.name)), { headers: { 'Content-Type': 'application/json+oembed' } });
