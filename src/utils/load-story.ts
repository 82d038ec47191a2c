import { getCollection, type CollectionEntry } from 'astro:content';
import { byDate } from './dates.ts';
import { claimLinks, indexById, sourceBacklinks } from './story-index.ts';

/**
 * Everything a page needs about the story, read once from the content collections.
 * The content check has already run, so every id referenced here resolves.
 */
export async function loadStory() {
	const [claims, sources, estimates, timeline, places, notes, stories] = await Promise.all([
		getCollection('claims'),
		getCollection('sources'),
		getCollection('estimates'),
		getCollection('timeline'),
		getCollection('places'),
		getCollection('notes'),
		getCollection('story'),
	]);
	const story = stories[0]!;
	return {
		story,
		claims,
		sources: sources.sort((a, b) => a.data.name.localeCompare(b.data.name)),
		estimates,
		timeline: timeline.sort(byDate((event) => event.data.date)),
		places,
		notes: notes.sort((a, b) => a.data.order - b.data.order),
		claimById: indexById(claims),
		sourceById: indexById(sources),
		placeById: indexById(places),
		links: claimLinks(claims),
		backlinks: sourceBacklinks(claims),
	};
}

export type LoadedStory = Awaited<ReturnType<typeof loadStory>>;
export type ClaimEntry = CollectionEntry<'claims'>;
