import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { resolveRelativeDate } from '../story/dates.ts';
import { findClaimCitations } from './claim-directive.ts';
import type { ContentFile, ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean, nearest } from './did-you-mean.ts';
import { reservedIdProblem } from '../story/urls.ts';
import { CONTROL_CHARACTER } from '../story/text.ts';
import { visible } from './content-files.ts';
import type { StatedDate } from '../schemas/date.ts';
import type { Status } from '../schemas/status.ts';
import { statusChanges, statusRecordProblem } from '../story/status-history.ts';

type Path = (string | number)[];

/** Text a template leaves to be replaced: TODO…, a YYYY date, or an example.org/.com address. */
const PLACEHOLDER = /^(TODO\b|YYYY)|^https?:\/\/(www\.)?example\.(org|com)\b/;


/** Every string in a file's data, with its path. */
function strings(data: unknown, path: Path = []): { path: Path; value: string }[] {
	if (typeof data === 'string') return [{ path, value: data }];
	if (Array.isArray(data)) return data.flatMap((item, i) => strings(item, [...path, i]));
	if (data && typeof data === 'object' && !(data instanceof Date)) return Object.entries(data).flatMap(([key, value]) => strings(value, [...path, key]));
	return [];
}

/** Every string in a file's data that is still a template placeholder, with its path. */
const placeholders = (data: unknown) => strings(data).filter(({ value }) => PLACEHOLDER.test(value.trim()));

/**
 * The number a figure's wording gives, if it gives one: "approximately 11,000" → 11000,
 * "1.2 million soldiers" → 1200000; "hundreds" → undefined.
 */
export function numberInWords(wording: string): number | undefined {
	const match = /(\d[\d,]*(?:\.\d+)?)\s*(million|thousand)?/i.exec(wording);
	if (!match) return undefined;
	const number = Number(match[1]!.replace(/,/g, ''));
	const scale = match[2]?.toLowerCase() === 'million' ? 1_000_000 : match[2]?.toLowerCase() === 'thousand' ? 1_000 : 1;
	return Math.round(number * scale);
}

/** The shared helpers of one integrity run, handed to the checks that live in their own functions. */
interface Checks {
	error: (entry: ContentFile, path: Path, message: string) => void;
	reference: (entry: ContentFile, path: Path, id: string | undefined, target: CollectionName) => void;
	references: (entry: ContentFile, field: string, list: readonly string[] | undefined, target: CollectionName) => void;
	citations: (entry: ContentFile) => void;
	diagnostics: Diagnostic[];
}

/** The committed record of what has been published (content/published.json). */
export interface PublishedIds {
	file: string;
	/** Every claim id ever published. */
	claims: string[];
	/** Each published claim's status as last recorded by `npm run manifest`. */
	statuses: Record<string, Status>;
}

/**
 * Questions cite claims that exist; a disagreement sets claims of two sides against each other
 * (or two claims that contradict or qualify each other); a claim no question cites is a warning.
 */
function checkQuestions(files: ContentFiles, { error, references, reference, diagnostics, citations }: Checks) {
	const claims = new Map(files.claims.map((claim) => [claim.id, claim.data]));
	const sides = new Map(files.sources.map((source) => [source.id, source.data?.side]));
	const sideOf = (id: string) => new Set(claims.get(id)?.claimant.map((source) => sides.get(source)) ?? []);
	const cited = new Set<string>();
	for (const question of files.questions) {
		citations(question);
		const data = question.data;
		if (!data) continue;
		references(question, 'claims', data.claims, 'claims');
		data.claims.forEach((id) => cited.add(id));
		const disagreement = data.disagreement;
		if (!disagreement) continue;
		disagreement.claims.forEach((id, i) => {
			reference(question, ['disagreement', 'claims', i], id, 'claims');
			if (claims.has(id) && !data.claims.includes(id)) error(question, ['disagreement', 'claims', i], `"${id}" is not among the question's claims: add it to claims too`);
		});
		const known = disagreement.claims.filter((id) => claims.has(id));
		const allSides = new Set(known.flatMap((id) => [...sideOf(id)]));
		const linked = known.some((a) => known.some((b) => [...(claims.get(a)?.contradicts ?? []), ...(claims.get(a)?.qualifies ?? [])].includes(b)));
		if (known.length === disagreement.claims.length && allSides.size < 2 && !linked) {
			error(question, ['disagreement', 'claims'], 'names claims from one side only, none contradicting or qualifying another: a disagreement needs claims from two sides, or two claims that contradict each other');
		}
	}
	const orphans = files.claims.filter((claim) => claim.data && !cited.has(claim.id)).map((claim) => claim.id);
	if (files.questions.length > 0 && orphans.length > 0) {
		diagnostics.push({
			file: 'content/questions/',
			field: '',
			severity: 'warning',
			message: `${orphans.length} claim${orphans.length === 1 ? ' is' : 's are'} tied to no question: ${orphans.join(', ')}. Add each to the claims of the question it bears on.`,
		});
	}
}

/**
 * A published id must keep resolving, to a claim or to a claim's alias, so that no link to it
 * ever breaks. A claim not yet listed is a warning: `npm run manifest` adds it.
 */
function checkPublished(files: ContentFiles, published: PublishedIds, aliasOwner: Map<string, string>, diagnostics: Diagnostic[]) {
	const ids = new Set(files.claims.map((claim) => claim.id));
	for (const id of published.claims) {
		if (ids.has(id) || aliasOwner.has(id)) continue;
		const renamed = nearest(id, [...ids]);
		diagnostics.push({
			file: published.file,
			field: 'claims',
			severity: 'error',
			message: `"${id}" was published and no longer resolves, so links to it would break. If you renamed or merged content/claims/${id}.md, add "${id}" to the new claim's aliases, e.g. in ${renamed ? `content/claims/${renamed}.md` : 'the renamed file'}:\n    aliases:\n      - ${id}`,
		});
	}
	const listed = new Set(published.claims);
	for (const claim of files.claims) {
		if (claim.data) {
			const problem = statusRecordProblem(claim.data.status, published.statuses[claim.id], statusChanges(claim.data));
			if (problem) diagnostics.push({ file: claim.file, line: claim.lineOf(['status']), field: 'status', severity: 'error', message: problem });
		}
		if (!listed.has(claim.id)) {
			diagnostics.push({ file: claim.file, line: 1, field: '', severity: 'warning', message: `is not in ${published.file} yet: \`npm run publish\` records it (and builds the site), so its id is kept` });
		}
	}
}

/**
 * Checks what a schema cannot see on one file: that every reference resolves, ids are unique,
 * no claim cites itself, and a date's value agrees with the article's wording for it.
 * Every problem names the file, the line, the field and the fix.
 */
export function checkIntegrity(files: ContentFiles, publishedIds?: PublishedIds): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const error = (entry: ContentFile, path: Path, message: string) =>
		diagnostics.push({ file: entry.file, line: entry.lineOf(path), field: path.join('.'), message, severity: 'error' });

	// Ids: unique within a collection, and claim aliases never shadow an id.
	const ids = {} as Record<CollectionName, Set<string>>;
	// What `npm run new` leaves for the editor to fill in is never published; a control character
	// that YAML escapes let in ("\v", "\u0001") would break the feeds and the search index.
	for (const entries of Object.values(files) as ContentFile[][]) {
		for (const entry of entries) {
			for (const { path, value } of strings(entry.raw).filter((s) => CONTROL_CHARACTER.test(s.value))) {
				error(entry, path, `has an invisible control character (${visible(value.match(CONTROL_CHARACTER)![0])}): delete the escape that wrote it`);
			}
			for (const { path, value } of placeholders(entry.raw)) error(entry, path, `is still the placeholder ${JSON.stringify(value)}: fill it in (content/README.md explains the field)`);
			const firstLine = entry.body.split('\n').findIndex((line) => line.trim() !== '');
			if (firstLine >= 0 && PLACEHOLDER.test(entry.body.split('\n')[firstLine]!.trim())) {
				diagnostics.push({ file: entry.file, line: entry.bodyLine + firstLine, field: 'body', severity: 'error', message: 'is still the placeholder text from the template: write it in your own words' });
			}
		}
	}
	for (const [name, entries] of Object.entries(files) as [CollectionName, ContentFile[]][]) {
		const seen = new Map<string, ContentFile>();
		for (const entry of entries) {
			const first = seen.get(entry.id);
			if (first) {
				diagnostics.push({ file: entry.file, line: 1, field: '', severity: 'error', message: `has the same id "${entry.id}" as ${first.file}: rename one of the files` });
			} else seen.set(entry.id, entry);
		}
		ids[name] = new Set(seen.keys());
	}
	const aliasOwner = new Map<string, string>();
	for (const claim of files.claims) {
		const reserved = reservedIdProblem(claim.id);
		if (reserved) diagnostics.push({ file: claim.file, line: 1, field: '', severity: 'error', message: `has a file name that cannot be a claim id: ${reserved} (rename the file)` });
		claim.data?.aliases.forEach((alias, i) => {
			const aliasReserved = reservedIdProblem(alias);
			if (aliasReserved) error(claim, ['aliases', i], aliasReserved);
			if (ids.claims.has(alias)) error(claim, ['aliases', i], `"${alias}" is the id of another claim (content/claims/${alias}.md): an alias must be an id no claim uses`);
			else if (aliasOwner.has(alias)) error(claim, ['aliases', i], `"${alias}" is already an alias of claim "${aliasOwner.get(alias)}": remove it from one of them`);
			else aliasOwner.set(alias, claim.id);
		});
	}

	const reference = (entry: ContentFile, path: Path, id: string | undefined, target: CollectionName) => {
		if (id === undefined || ids[target].has(id)) return;
		const noun = COLLECTIONS[target].noun;
		const renamed = target === 'claims' ? aliasOwner.get(id) : undefined;
		const fix = renamed
			? `; that is an old id of "${renamed}": use "${renamed}"`
			: didYouMean(id, [...ids[target]]) || `; add content/${target}/${id}.md or use an existing ${noun} id`;
		error(entry, path, `"${id}" is not a ${noun}${fix}`);
	};
	const references = (entry: ContentFile, field: string, list: readonly string[] | undefined, target: CollectionName) =>
		list?.forEach((id, i) => reference(entry, [field, i], id, target));

	const today = new Date().toISOString().slice(0, 10);
	const story = files.story[0];
	const seenTopics = new Set<string>();
	story?.data?.topics.forEach((topic, i) => {
		if (seenTopics.has(topic.id)) error(story, ['topics', i, 'id'], `"${topic.id}" is listed twice: remove one, or its claims would show twice`);
		seenTopics.add(topic.id);
	});
	const published = files.story[0]?.data?.published.value;
	// Undefined while story.md itself has an error: that error is reported, not one per claim.
	const storyTopics = files.story[0]?.data?.topics;
	const topicIds = new Set(storyTopics?.map((topic) => topic.id) ?? []);
	const checkDate = (entry: ContentFile, path: Path, date: StatedDate | undefined) => {
		if (!date || !published) return;
		if (date.value.split('/').some((part) => part > today)) error(entry, [...path, 'value'], `"${date.value}" is after today (${today}): a date in the article cannot be in the future`);
		if (date.precision === 'by' && date.value > published) {
			error(entry, [...path, 'value'], `"${date.value}" is after the article's dateline ${published}: an undated claim had been made by the dateline, so write ${published} or earlier`);
		}
		const resolved = resolveRelativeDate(date.wording, published);
		// An undated claim's wording is the dateline it is bounded by: only the day must agree.
		const precision = date.precision === 'by' ? 'day' : date.precision;
		if (resolved && (resolved.value !== date.value || resolved.precision !== precision)) {
			error(entry, [...path, 'value'], `"${date.value}" (${date.precision}) does not match the wording "${date.wording}", which resolves to "${resolved.value}" (${resolved.precision}) against the publication date ${published}: correct the value or the wording`);
		}
	};
	const citations = (entry: ContentFile) => {
		for (const citation of findClaimCitations(entry.body)) {
			const line = entry.bodyLine + citation.line - 1;
			const at = { file: entry.file, line, field: 'body', severity: 'error' as const };
			if (citation.name !== 'claim') diagnostics.push({ ...at, message: `has ":${citation.name}[…]", which is not a directive the site knows; did you mean ":claim"? Write :claim[text]{#claim-id}` });
			else if (!citation.id) diagnostics.push({ ...at, message: 'has a :claim citation without an id: write :claim[text]{#claim-id}' });
			else if (!ids.claims.has(citation.id)) {
				const renamed = aliasOwner.get(citation.id);
				const fix = renamed ? `; that is an old id of "${renamed}": use "${renamed}"` : didYouMean(citation.id, [...ids.claims]);
				diagnostics.push({ ...at, message: `:claim cites "${citation.id}", which is not a claim${fix}` });
			}
		}
	};

	for (const claim of files.claims) {
		citations(claim);
		const data = claim.data;
		if (!data) continue;
		// One claimant may be written alone (claimant: umerov): then the message names "claimant", not "claimant.0".
		const written = (claim.raw as { claimant?: unknown } | undefined)?.claimant;
		data.claimant.forEach((id, i) => reference(claim, Array.isArray(written) ? ['claimant', i] : ['claimant'], id, 'sources'));
		references(claim, 'reportedBy', data.reportedBy, 'sources');
		references(claim, 'places', data.places, 'places');
		if (data.topics.length === 0) error(claim, ['topics'], `is empty: give at least one topic from content/story.md (${[...topicIds].join(', ')})`);
		data.topics.forEach((topic, i) => {
			if (storyTopics && !topicIds.has(topic)) error(claim, ['topics', i], `"${topic}" is not a topic${didYouMean(topic, [...topicIds]) || `; use one listed in content/story.md (${[...topicIds].join(', ')}) or add it there`}`);
		});
		for (const relation of ['supports', 'contradicts', 'qualifies'] as const) {
			data[relation].forEach((id, i) => {
				if (id === claim.id) error(claim, [relation, i], `links the claim to itself: remove "${id}"`);
				else reference(claim, [relation, i], id, 'claims');
			});
		}
		checkDate(claim, ['stated'], data.stated);
		// "Disputed" means contradicted by another claim in our sources: the link must be there.
		if (data.status === 'disputed' && !files.claims.some((other) => other.data?.contradicts.includes(claim.id)) && data.contradicts.length === 0) {
			error(claim, ['status'], 'is "disputed", which means contradicted by another claim in our sources, but no claim contradicts it: add this claim\'s id under the other claim\'s contradicts (or use another status)');
		}
		data.supports.forEach((id, i) => {
			if (data.contradicts.includes(id)) error(claim, ['contradicts', data.contradicts.indexOf(id)], `"${id}" is also under supports (${i + 1}): a claim cannot both support and contradict another; keep the one that holds`);
		});
		for (const [path, day] of [[['assessed'], data.assessed], ...data.corrections.map((c, i) => [['corrections', i, 'date'], c.date] as const)] as const) {
			if (day > today) error(claim, [...path], `"${day}" is after today (${today}): write the day it was done`);
		}
		// Our assessments and corrections are our own work, done after the article appeared.
		if (published && data.assessed < published) {
			error(claim, ['assessed'], `"${data.assessed}" is before the article's dateline ${published}: write the day you assessed the claim (today, when you check it)`);
		}
		data.corrections.forEach((correction, i) => {
			if (published && correction.date < published) error(claim, ['corrections', i, 'date'], `"${correction.date}" is before the article's dateline ${published}: write the day the correction was made`);
		});
	}
	for (const estimate of files.estimates) {
		const data = estimate.data;
		if (!data) continue;
		reference(estimate, ['statedBy'], data.statedBy, 'sources');
		reference(estimate, ['claim'], data.claim, 'claims');
		const claim = files.claims.find((c) => c.id === data.claim)?.data;
		if (claim && !claim.claimant.includes(data.statedBy)) {
			error(estimate, ['statedBy'], `"${data.statedBy}" is not a claimant of claim "${data.claim}" (${claim.claimant.join(', ')}): the figure's source must be the claim's claimant`);
		}
		checkDate(estimate, ['stated'], data.stated);
		const written = numberInWords(data.wording);
		const [low, high] = typeof data.value === 'number' ? [data.value, data.value] : [data.value.min, data.value.max];
		if (written !== undefined && (written < low || written > high)) {
			error(estimate, ['value'], `${typeof data.value === 'number' ? data.value : `${low}–${high}`} does not agree with the wording "${data.wording}", which says ${written}: correct the value or the wording`);
		}
	}
	for (const event of files.timeline) {
		const data = event.data;
		if (!data) continue;
		references(event, 'claims', data.claims, 'claims');
		references(event, 'places', data.places, 'places');
		checkDate(event, ['date'], data.date);
	}
	for (const place of files.places) {
		reference(place, ['distanceTo'], place.data?.distanceTo, 'places');
		if (place.data?.distanceTo === place.id) error(place, ['distanceTo'], `measures the place's distance to itself: remove it`);
	}
	for (const story of files.story) {
		citations(story);
		reference(story, ['outlet'], story.data?.outlet, 'sources');
		reference(story, ['agency'], story.data?.agency, 'sources');
	}
	for (const note of files.notes) citations(note);
	checkQuestions(files, { error, reference, references, citations, diagnostics });
	if (publishedIds) checkPublished(files, publishedIds, aliasOwner, diagnostics);
	if (files.story.length === 0) {
		diagnostics.push({ file: 'content/story.md', field: '', severity: 'error', message: 'is missing: the story needs its headline, dek and publication date' });
	}
	return diagnostics;
}
