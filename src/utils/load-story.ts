import { getCollection, type CollectionEntry } from 'astro:content';
import { byDate } from './dates.ts';
import { claimLinks, indexById, sourceBacklinks } from './story-index.ts';

/** For each claim id, the ids of the questions that cite it. */
function questionsByClaim(questions: CollectionEntry<'questions'>[]) {
	const map = new Map<string, string[]>();
	for (const question of questions) for (const id of question.data.claims) map.set(id, [...(map.get(id) ?? []), question.id]);
	return map;
}

/**
 * Everything a page needs about the story, read once from the content collections.
 * The content check has already run, so every id referenced here resolves.
 */
export async function loadStory() {
	const [claims, sources, estimates, timeline, places, notes, stories, questions] = await Promise.all([
		getCollection('claims'),
		getCollection('sources'),
		getCollection('estimates'),
		getCollection('timeline'),
		getCollection('places'),
		getCollection('notes'),
		getCollection('story'),
		getCollection('questions'),
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
		questions: questions.sort((a, b) => a.data.order - b.data.order),
		claimById: indexById(claims),
		sourceById: indexById(sources),
		placeById: indexById(places),
		links: claimLinks(claims),
		questionsByClaim: questionsByClaim(questions),
		backlinks: sourceBacklinks(claims),
	};
}

export type LoadedStory = Awaited<ReturnType<typeof loadStory>>;
export type ClaimEntry = CollectionEntry<'claims'>;
export type QuestionEntry = CollectionEntry<'questions'>;
