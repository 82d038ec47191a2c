import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../model/load-story.ts';
import { claimCitation } from '../../../outputs/citations/from-claim.ts';
import { cslJson } from '../../../outputs/citations/index.ts';

/** Each claim's citation as CSL-JSON (`/claims/<id>/cite.json`), the file "Cite this claim" offers to download. */
export const getStaticPaths = (async () => (await loadStory()).claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
	new Response(cslJson(claimCitation(props.claim, await loadStory(), site!)), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
