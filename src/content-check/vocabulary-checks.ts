// The story's own vocabularies (content/story.md): the sides sources speak for, the scopes figures
// count and the topics claims are grouped under. Each is listed once, and every source, figure
// and claim uses one that is listed.
import type { ContentFile, ContentFiles } from './content-files.ts';
import { didYouMean } from './did-you-mean.ts';
import type { Checks, Path } from './checks.ts';

export function checkVocabularies(files: ContentFiles, error: Checks['error']) {
	const story = files.story[0];
	// While story.md itself has an error, that error is reported, not one per source, figure or claim.
	if (!story?.data) return;
	/** The ids story.md lists under `field`; one listed twice is an error, with what it would do. */
	const listed = (field: 'sides' | 'scopes' | 'topics', consequence = '') => {
		const ids = new Set<string>();
		story.data![field].forEach((entry, i) => {
			if (ids.has(entry.id)) error(story, [field, i, 'id'], `"${entry.id}" is listed twice: remove one${consequence}`);
			ids.add(entry.id);
		});
		return ids;
	};
	const uses = (entry: ContentFile, path: Path, id: string | undefined, ids: Set<string>, noun: string, field: string) => {
		if (id === undefined || ids.has(id)) return;
		error(entry, path, `"${id}" is not a ${noun}${didYouMean(id, [...ids]) || `; use one listed under ${field} in content/story.md (${[...ids].join(', ')}) or add it there`}`);
	};
	const sides = listed('sides');
	for (const source of files.sources) uses(source, ['side'], source.data?.side, sides, 'side', 'sides');
	const scopes = listed('scopes');
	for (const estimate of files.estimates) uses(estimate, ['scope'], estimate.data?.scope, scopes, 'scope', 'scopes');
	if (story.data.scopes.filter((scope) => scope.whole).length > 1) {
		error(story, ['scopes'], 'has more than one scope marked whole: keep whole: true on the one the other figures are a share of');
	}
	const topics = listed('topics', ', or its claims would show twice');
	for (const claim of files.claims) {
		if (!claim.data) continue;
		if (claim.data.topics.length === 0) error(claim, ['topics'], `is empty: give at least one topic from content/story.md (${[...topics].join(', ')})`);
		claim.data.topics.forEach((topic, i) => uses(claim, ['topics', i], topic, topics, 'topic', 'topics'));
	}
}
