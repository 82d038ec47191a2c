// Sentences of ours that a status change can leave stale: the story's headline, dek, lead and
// "what we know now", and each question's answer. When a claim they cite changes status after
// the day an editor last read them (`reviewed`), the check says which claim changed, how and
// when, and asks for a re-read. A warning: the words may still hold.
import { bodyTree } from './body-tree.ts';
import { findClaimCitations } from './claim-directive.ts';
import type { ContentFile, ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';

export function checkStaleText(files: ContentFiles, diagnostics: Diagnostic[]) {
	const claims = new Map(files.claims.map((claim) => [claim.id, claim.data]));
	const warn = (entry: ContentFile, cited: Iterable<string>, reviewed: string | undefined, what: string) => {
		for (const id of new Set(cited)) {
			const change = claims.get(id)?.corrections.filter((c) => c.status && (reviewed === undefined || c.date > reviewed)).at(-1);
			if (!change) continue;
			diagnostics.push({
				file: entry.file,
				line: reviewed === undefined ? 1 : entry.lineOf(['reviewed']),
				field: 'reviewed',
				severity: 'warning',
				message: `${what} cites "${id}", whose status changed from ${change.status!.from} to ${change.status!.to} on ${change.date}, ${reviewed === undefined ? 'and the file has no reviewed date' : `after it was last reviewed (${reviewed})`}: re-read it against the claim, then set reviewed: ${change.date} or later`,
			});
		}
	};
	const citedIn = (entry: ContentFile) => findClaimCitations(bodyTree(entry)).flatMap((citation) => (citation.id ? [citation.id] : []));
	for (const story of files.story) {
		if (story.data) warn(story, [...citedIn(story), ...story.data.whatWeKnowNow], story.data.reviewed, 'the lead or "what we know now"');
	}
	for (const question of files.questions) {
		if (question.data) warn(question, [...citedIn(question), ...question.data.claims], question.data.reviewed, 'the answer');
	}
}
