// The story's own vocabularies (content/story.md): the sides sources speak for and the scopes
// figures count. Each is listed once, and every source and figure uses one that is listed.
import type { ContentFile, ContentFiles } from './content-files.ts';
import { didYouMean } from './did-you-mean.ts';
import type { Checks } from './integrity.ts';

export function checkVocabularies(files: ContentFiles, error: Checks['error']) {
	const story = files.story[0];
	// While story.md itself has an error, that error is reported, not one per source or figure.
	if (!story?.data) return;
	const listed = (field: 'sides' | 'scopes') => {
		const ids = new Set<string>();
		story.data![field].forEach((entry, i) => {
			if (ids.has(entry.id)) error(story, [field, i, 'id'], `"${entry.id}" is listed twice: remove one`);
			ids.add(entry.id);
		});
		return ids;
	};
	const uses = (entry: ContentFile, field: string, id: string | undefined, ids: Set<string>, noun: string, list: string) => {
		if (id === undefined || ids.has(id)) return;
		error(entry, [field], `"${id}" is not a ${noun}${didYouMean(id, [...ids]) || `; use one listed under ${list} in content/story.md (${[...ids].join(', ')}) or add it there`}`);
	};
	const sides = listed('sides');
	for (const source of files.sources) uses(source, 'side', source.data?.side, sides, 'side', 'sides');
	const scopes = listed('scopes');
	for (const estimate of files.estimates) uses(estimate, 'scope', estimate.data?.scope, scopes, 'scope', 'scopes');
	if (story.data.scopes.filter((scope) => scope.whole).length > 1) {
		error(story, ['scopes'], 'has more than one scope marked whole: keep whole: true on the one the other figures are a share of');
	}
}
