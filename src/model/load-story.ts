import { getCollection, type CollectionEntry } from 'astro:content';
import { estimateRows } from '../charts/estimate-rows.ts';
import { troopFiguresView } from '../charts/figures-view.ts';
import { figuresInTension } from '../charts/tension.ts';
import { byDate } from '../story/dates.ts';
import { byPublication } from '../story/reports.ts';
import { assertShapes } from './checked-shapes.ts';
import { readPublishedRecord } from './published-record.ts';
import { claimLinks, indexById, sideVocabulary, sourceBacklinks } from '../story/story-index.ts';

/** For each claim id, the ids of the questions that cite it. */
function questionsByClaim(questions: CollectionEntry<'questions'>[]) {
	const map = new Map<string, string[]>();
	for (const question of questions) for (const id of question.data.claims) map.set(id, [...(map.get(id) ?? []), question.id]);
	return map;
}

let loaded: ReturnType<typeof readStory> | undefined;

/**
 * Everything a page needs about the story, read once per build from the content collections
 * and shared by every page (each claim page would otherwise redo the whole index: quadratic).
 * The content check has already run, so every id referenced here resolves. In `astro dev` the
 * story is read afresh for each request, so edits show at once.
 */
export function loadStory() {
	if (import.meta.env.DEV) return readStory();
	return (loaded ??= readStory());
}

async function readStory() {
	const [claims, sources, estimates, timeline, places, notes, stories, questions, reportEntries] = await Promise.all([
		getCollection('claims'),
		getCollection('sources'),
		getCollection('estimates'),
		getCollection('timeline'),
		getCollection('places'),
		getCollection('notes'),
		getCollection('story'),
		getCollection('questions'),
		getCollection('reports'),
	]);
	if (import.meta.env.DEV) assertShapes({ claims, sources, estimates, timeline, places, notes, story: stories, questions, reports: reportEntries });
	const reports = reportEntries.sort(byPublication);
	const published = await readPublishedRecord();
	const story = stories[0]!;
	// Named in content/story.md; the content check has made sure it is on file.
	const report = reports.find((entry) => entry.id === story.data.firstReport)!;
	const sourceById = indexById(sources);
	// The troop figures as chart rows, and what they say together (tensions included), derived
	// once: the chart, the questions, "what is disputed" and the social cards all read them.
	const figureRows = estimateRows(estimates, sourceById, story.data.scopes);
	return {
		story,
		/** What the site says about itself and the story (content/story.md: site). */
		site: story.data.site,
		/** The map's and the charts' titles and captions (content/story.md: captions). */
		captions: story.data.captions,
		/** Whose voice a source speaks with: ids in column order, and their labels (content/story.md: sides). */
		sides: sideVocabulary(story.data.sides),
		/** The first report's own outlets (the publisher and the agency whose copy it ran). */
		articleOutlets: [report.data.outlet, report.data.agency].filter((id) => id !== undefined),
		/** The reports the story rests on, in the order they appeared. */
		reports,
		/** The report the story was first built from (content/story.md: firstReport): a claim naming no report comes from it. */
		firstReport: report,
		reportById: indexById(reports),
		claims,
		sources: sources.sort((a, b) => a.data.name.localeCompare(b.data.name)),
		estimates,
		timeline: timeline.sort(byDate((event) => event.data.date)),
		places,
		notes: notes.sort((a, b) => a.data.order - b.data.order),
		questions: questions.sort((a, b) => a.data.order - b.data.order),
		claimById: indexById(claims),
		sourceById,
		figureRows,
		figures: troopFiguresView(figureRows, story.data.captions.unit),
		/** Every pair of figures in tension, troops and losses alike: what a claim shown alone carries with it. */
		tensions: figuresInTension(figureRows.filter((row) => !row.whole)),
		placeById: indexById(places),
		/** How many claims are about each place, by place id: the map names the busier places first where names collide. */
		claimsByPlace: new Map(places.map((place) => [place.id, claims.filter((claim) => claim.data.places.includes(place.id)).length])),
		links: claimLinks(claims),
		questionsByClaim: questionsByClaim(questions),
		/** The record of what was published and when (content/published.json). */
		published,
		backlinks: sourceBacklinks(claims),
	};
}

export type LoadedStory = Awaited<ReturnType<typeof readStory>>;
export type ClaimEntry = CollectionEntry<'claims'>;
export type QuestionEntry = CollectionEntry<'questions'>;
export type ReportEntry = CollectionEntry<'reports'>;
