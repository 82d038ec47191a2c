import type { APIRoute, GetStaticPaths } from 'astro';
import { siteName } from '../../site-config.ts';
import { figuresEmbed, mapEmbed, oembedJson } from '../../story/embeds.ts';

/** oEmbed for the map and the troop-figures chart. */
export const getStaticPaths = (() => [
	{ params: { name: 'map' }, props: { embed: mapEmbed() } },
	{ params: { name: 'figures' }, props: { embed: figuresEmbed() } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	new Response(JSON.stringify(oembedJson(props.embed, site!, siteName)), { headers: { 'Content-Type': 'application/json+oembed' } });
