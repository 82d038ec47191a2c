// The checks on every body (claims, questions, notes, places, story.md…) that need the whole
// content: raw HTML the site would drop or that would hide text (body-html.ts), and links to
// this site's own pages that would land nowhere (body-links.ts).
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { StatusSchema } from '../schemas/status.ts';
import { bodyHast, bodyHtmlProblems } from './body-html.ts';
import { siteLinkProblem, type SiteIds } from './body-links.ts';
import { bodyTree } from './body-tree.ts';
import type { ContentFile, ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The ids links may point at, from the content as read. */
export function siteIds(files: ContentFiles, publicDir: string): SiteIds {
	const ids = (entries: ContentFile[]) => new Set(entries.map((entry) => entry.id));
	return {
		claims: new Set(files.claims.flatMap((claim) => [claim.id, ...(claim.data?.aliases ?? [])])),
		questions: ids(files.questions),
		prefixed: {
			'source-': ids(files.sources),
			'place-': ids(files.places),
			'event-': ids(files.timeline),
			'question-': ids(files.questions),
			'note-': ids(files.notes),
			'topic-': new Set(files.story[0]?.data?.topics.map((topic) => topic.id) ?? []),
			'status-': new Set(StatusSchema.options),
		},
		publicDir,
	};
}

/** Every problem in every body, with its file and line. */
export function checkBodies(files: ContentFiles, publicDir: string): Diagnostic[] {
	const ids = siteIds(files, publicDir);
	const diagnostics: Diagnostic[] = [];
	for (const entry of Object.values(files).flat() as ContentFile[]) {
		const tree = bodyTree(entry);
		const at = (line: number, message: string) => diagnostics.push({ file: entry.file, line: entry.bodyLine + line - 1, field: 'body', severity: 'error', message });
		for (const problem of bodyHtmlProblems(tree)) at(problem.line, problem.message);
		visit(bodyHast(tree), 'element', (node: Element) => {
			const href = node.tagName === 'a' ? node.properties?.href : undefined;
			const problem = typeof href === 'string' ? siteLinkProblem(href, ids) : undefined;
			if (problem) at(node.position?.start.line ?? 1, problem);
		});
	}
	return diagnostics;
}
