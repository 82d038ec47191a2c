import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { resolveRelativeDate } from '../story/dates.ts';
import { bodyTree } from './body-tree.ts';
import { findClaimCitations } from './claim-directive.ts';
import type { ContentFile, ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './did-you-mean.ts';
import { reservedIdProblem } from '../story/urls.ts';
import { CONTROL_CHARACTER } from '../story/text.ts';
import { visible } from './content-files.ts';
import type { StatedDate } from '../schemas/date.ts';
import { checkClaims } from './claim-checks.ts';
import { checkVocabularies } from './vocabulary-checks.ts';
import { checkPublished, type PublishedIds } from './published-checks.ts';
import { checkQuestions } from './question-checks.ts';
import { checkReports } from './report-checks.ts';
import { checkStaleText } from './stale-checks.ts';
import type { Path } from './checks.ts';

export type { PublishedIds };


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
	// Each date is read against the report it comes from; an entry that names none, against the
	// first report, which the story names (never the earliest date: an earlier original or a
	// same-day copy filed later never takes its place).
	const reportDays = new Map(files.reports.flatMap((report) => (report.data ? [[report.id, report.data.published.value] as const] : [])));
	const firstReportId = files.story[0]?.data?.firstReport;
	const published = firstReportId === undefined ? undefined : reportDays.get(firstReportId);
	const checkDate = (entry: ContentFile, path: Path, date: StatedDate | undefined, reportId?: string) => {
		const day = reportId === undefined ? published : reportDays.get(reportId);
		if (!date || !day) return;
		const whose = reportId === undefined ? `the first report's date ${day} (content/reports/${firstReportId}.md)` : `the date of its report "${reportId}", ${day} (content/reports/${reportId}.md)`;
		if (date.value.split('/').some((part) => part > today)) error(entry, [...path, 'value'], `"${date.value}" is after today (${today}): a date in the article cannot be in the future`);
		if (date.precision === 'by' && date.value > day) {
			error(entry, [...path, 'value'], `"${date.value}" is after ${whose}: an undated claim had been made by its report's dateline, so write ${day} or earlier`);
		} else if (date.precision !== 'by' && date.value.split('/')[0]! > day) {
			error(entry, [...path, 'value'], `"${date.value}" is after ${whose}: a report cannot tell of what was said after it appeared. Correct the date, or name under reports the later report it comes from`);
		}
		const resolved = resolveRelativeDate(date.wording, day);
		// An undated claim's wording is the dateline it is bounded by: only the day must agree.
		const precision = date.precision === 'by' ? 'day' : date.precision;
		if (resolved && (resolved.value !== date.value || resolved.precision !== precision)) {
			error(entry, [...path, 'value'], `"${date.value}" (${date.precision}) does not match the wording "${date.wording}", which resolves to "${resolved.value}" (${resolved.precision}) against the publication date ${day}: correct the value or the wording`);
		}
	};
	const citations = (entry: ContentFile) => {
		for (const citation of findClaimCitations(bodyTree(entry))) {
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

	checkClaims(files, { error, reference, references, citations, diagnostics, checkDate, today, published });
	for (const event of files.timeline) {
		const data = event.data;
		if (!data) continue;
		references(event, 'claims', data.claims, 'claims');
		references(event, 'places', data.places, 'places');
		references(event, 'reports', data.reports, 'reports');
		checkDate(event, ['date'], data.date, data.reports?.[0]);
	}
	for (const place of files.places) {
		reference(place, ['distanceTo'], place.data?.distanceTo, 'places');
		if (place.data?.distanceTo === place.id) error(place, ['distanceTo'], `measures the place's distance to itself: remove it`);
	}
	checkVocabularies(files, error);
	for (const story of files.story) citations(story);
	checkReports(files, { error, reference, today });
	for (const story of files.story) {
		reference(story, ['firstReport'], story.data?.firstReport, 'reports');
		references(story, 'whatWeKnowNow', story.data?.whatWeKnowNow, 'claims');
	}
	if (files.reports.length === 0) {
		diagnostics.push({ file: 'content/reports/', field: '', severity: 'error', message: 'holds no report: everything the site says must come from a report on file. Add one with `npm run new report <id>` (content/README.md: "Add a follow-up report")' });
	}
	for (const note of files.notes) citations(note);
	checkQuestions(files, { error, reference, references, citations, diagnostics });
	checkStaleText(files, diagnostics);
	if (publishedIds) checkPublished(files, publishedIds, aliasOwner, diagnostics);
	if (files.story.length === 0) {
		diagnostics.push({ file: 'content/story.md', field: '', severity: 'error', message: 'is missing: the story needs its headline, dek, site text and vocabularies' });
	}
	return diagnostics;
}
