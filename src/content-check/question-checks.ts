import type { ContentFiles } from './content-files.ts';
import type { Checks } from './checks.ts';

/**
 * Questions cite claims that exist; a disagreement sets claims of two sides against each other
 * (or two claims that contradict or qualify each other); a claim no question cites is a warning.
 */
export function checkQuestions(files: ContentFiles, { error, references, reference, diagnostics, citations }: Checks) {
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
		// A claim listed twice would show twice under the question: say which line to delete.
		const twice = (list: readonly string[], path: (string | number)[]) =>
			list.forEach((id, i) => {
				if (list.indexOf(id) !== i) error(question, [...path, i], `"${id}" is listed twice (also as item ${list.indexOf(id) + 1}): delete this line`);
			});
		twice(data.claims, ['claims']);
		if (data.disagreement) twice(data.disagreement.claims, ['disagreement', 'claims']);
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

