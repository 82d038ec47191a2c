import type { APIRoute, GetStaticPaths } from 'astro';
import { renderClaimCard } from '../../../og/render-card.ts';
import { claimSummary } from '../../../model/claim-meta.ts';
import { contextText } from '../../../model/claim-context.ts';
import { loadStory } from '../../../model/load-story.ts';

export const getStaticPaths = (async () => {
	const story = await loadStory();
	return story.claims.map((claim) => {
		const { claimant, side, status, date, context } = claimSummary(claim, story);
		return { params: { id: claim.id }, props: { card: { statement: claim.data.statement, claimant, side, status, date, siteName: story.site.name, context: contextText(context) } } };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { png } = await renderClaimCard(props.card);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
