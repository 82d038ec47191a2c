// The checks on claims and figures that no single file can make: references, relations,
// dates against the article's and today's, "disputed" backed by a contradiction, and a figure's
// value against the number in its own words.
import type { StatedDate } from '../schemas/date.ts';
import type { ContentFile, ContentFiles } from './content-files.ts';
import type { Checks, Path } from './checks.ts';
import { missingHedges } from '../story/hedges.ts';

/**
 * The number a figure's wording gives, if it gives one: "approximately 11,000" → 11000,
 * "1.2 million soldiers" → 1200000, "some 15-hundred" → 1500; "hundreds" and a number partly
 * spelled out ("four-thousand-100") → undefined.
 */
export function numberInWords(wording: string): number | undefined {
	// "four-thousand-100": the number is partly spelled out, and its digits alone would mislead.
	if (SPELLED_OUT.test(wording)) return undefined;
	const match = /(\d[\d,]*(?:\.\d+)?)[\s-]*(million|thousand|hundred)?/i.exec(wording);
	if (!match) return undefined;
	const number = Number(match[1]!.replace(/,/g, ''));
	const word = match[2]?.toLowerCase();
	const scale = word === 'million' ? 1_000_000 : word === 'thousand' ? 1_000 : word === 'hundred' ? 100 : 1;
	return Math.round(number * scale);
}

const SPELLED_OUT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:hundred|thousand|million)\b/i;

/** What the claim checks need from the integrity run besides the shared helpers. */
export interface ClaimChecks extends Checks {
	/** Checks a date against its wording and the day of the report it comes from (`reportId`; the first report when undefined). */
	checkDate: (entry: ContentFile, path: Path, date: StatedDate | undefined, reportId?: string) => void;
	today: string;
	/** The first report's publication day, once it is valid. */
	published: string | undefined;
}

export function checkClaims(files: ContentFiles, { error, reference, references, citations, checkDate, today, published }: ClaimChecks) {
	for (const claim of files.claims) {
		citations(claim);
		const data = claim.data;
		if (!data) continue;
		// One claimant may be written alone (claimant: umerov): then the message names "claimant", not "claimant.0".
		const written = (claim.raw as { claimant?: unknown } | undefined)?.claimant;
		data.claimant.forEach((id, i) => reference(claim, Array.isArray(written) ? ['claimant', i] : ['claimant'], id, 'sources'));
		references(claim, 'reportedBy', data.reportedBy, 'sources');
		references(claim, 'places', data.places, 'places');
		for (const relation of ['supports', 'contradicts', 'qualifies'] as const) {
			data[relation].forEach((id, i) => {
				if (id === claim.id) error(claim, [relation, i], `links the claim to itself: remove "${id}"`);
				else reference(claim, [relation, i], id, 'claims');
			});
		}
		references(claim, 'reports', data.reports, 'reports');
		data.corrections.forEach((correction, i) => reference(claim, ['corrections', i, 'report'], correction.report, 'reports'));
		checkDate(claim, ['stated'], data.stated, data.reports?.[0]);
		// "Disputed" means contradicted by another claim in our sources: the link must be there.
		if (data.status === 'disputed' && !files.claims.some((other) => other.data?.contradicts.includes(claim.id)) && data.contradicts.length === 0) {
			error(claim, ['status'], 'is "disputed", which means contradicted by another claim in our sources, but no claim contradicts it: add this claim\'s id under the other claim\'s contradicts (or use another status)');
		}
		data.supports.forEach((id, i) => {
			if (data.contradicts.includes(id)) error(claim, ['contradicts', data.contradicts.indexOf(id)], `"${id}" is also under supports (${i + 1}): a claim cannot both support and contradict another; keep the one that holds`);
		});
		// The short label travels alone (titles, cards, tables): it keeps every hedge of the statement.
		const lost = data.short === undefined ? [] : missingHedges(data.statement, data.short);
		if (lost.length > 0) error(claim, ['short'], `leaves out ${lost.map((word) => `"${word}"`).join(' and ')}, which the statement says: keep the hedge in the short label, e.g. "${data.short} (${lost.join(', ')})"`);
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
		references(estimate, 'reports', data.reports, 'reports');
		checkDate(estimate, ['stated'], data.stated, data.reports?.[0]);
		const [low, high] = typeof data.value === 'number' ? [data.value, data.value] : [data.value.min, data.value.max];
		const agrees = (wording: string, path: Path) => {
			const written = numberInWords(wording);
			if (written !== undefined && (written < low || written > high)) {
				error(estimate, path, `"${wording}" says ${written}, which does not agree with the value ${typeof data.value === 'number' ? data.value : `${low}–${high}`}: correct the value or the wording`);
			}
		};
		agrees(data.wording, ['wording']);
		data.otherWordings.forEach((other, i) => {
			reference(estimate, ['otherWordings', i, 'report'], other.report, 'reports');
			if (!(data.reports ?? []).includes(other.report)) {
				error(estimate, ['otherWordings', i, 'report'], `"${other.report}" is not under this figure's reports: add it there too (after the report the figure first appeared in)`);
			}
			agrees(other.wording, ['otherWordings', i, 'wording']);
		});
		// A range is two numbers; any other kind is one.
		if (data.qualifier === 'range' && typeof data.value === 'number') {
			error(estimate, ['value'], `is one number, but the qualifier is range: write the two ends as value: { min: …, max: … }, or choose the qualifier the wording gives (exact, about, up-to, …)`);
		} else if (data.qualifier !== 'range' && typeof data.value !== 'number') {
			error(estimate, ['qualifier'], `is "${data.qualifier}", but the value is a range (${low}–${high}): write qualifier: range, or give one number`);
		}
		// A qualified figure is shown as a range of counts: the reading needs its reason beside it.
		if (data.qualifier !== 'exact' && data.basis === undefined) {
			error(estimate, ['qualifier'], `is "${data.qualifier}", which the site reads as a range of counts, but the figure has no basis: add a line basis: "…" saying how it is read (e.g. for up-to: "“Up to” gives a ceiling: anything from 0 to the number")`);
		}
	}
}
