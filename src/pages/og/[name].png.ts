import type { APIRoute, GetStaticPaths } from 'astro';
import { storyMapView } from '../../map/map-view.ts';
import { renderCard } from '../../og/render-card.ts';
import { storyCard, type StoryCardData } from '../../og/story-card.ts';
import { loadStory } from '../../model/load-story.ts';

/** Social cards for the story page and for the map and figures embeds, drawn at build time and cached. */
export const getStaticPaths = (async () => {
	const story = await loadStory();
	const view = story.figures;
	// Who gave each figure comes first, so a long figure (the article's words, with its hedge) never cuts off its claimant.
	const figures = view.deployment.map((row) => `${row.who}: ${row.figure} ${row.scopeLabel}${view.inTension.has(row.id) ? ' · in tension' : ''}`);
	const map = storyMapView(story.places, story.captions.mapArea, story.claimsByPlace);
	const siteName = story.site.name;
	const cards: Record<string, StoryCardData> = {
		story: { siteName, title: story.story.data.headline, text: story.story.data.dek, figures },
		figures: { siteName, title: story.captions.figures, text: view.takeaway, figures },
		map: { siteName, title: 'Where the story happens', text: map.description, figures: map.distances.map((d) => `${d.text} in a straight line`) },
	};
	return Object.entries(cards).map(([name, card]) => ({ params: { name }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	// The design's name is part of the cache key, so a claim card and a story card never share one.
	const { png } = await renderCard(['story-card', props.card], storyCard(props.card));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
