import type { APIRoute, GetStaticPaths } from 'astro';
import { claimEmbed, oembedJson } from '../../../story/embeds.ts';
import { loadStory } from '../../../model/load-story.ts';
import { claimShareTitle } from '../../../story/share-title.ts';

/** oEmbed for each claim, and for each old id of one (it embeds the claim as it is now). */
export const getStaticPaths = (async () => {
	const story = await loadStory();
	// The oEmbed title is the claim's title for sharing: its claimant and its hedged short statement.
	return story.claims.flatMap((claim) => [claim.id, ...claim.data.aliases].map((id) => ({ params: { id }, props: { id: claim.id, title: claimShareTitle(claim.data, story.sourceById) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
	new Response(JSON.stringify(oembedJson(claimEmbed(props.id, props.title), site!, (await loadStory()).site.name)), { headers: { 'Content-Type': 'application/json+oembed' } });
