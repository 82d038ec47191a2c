import type { Status } from '../schemas/status.ts';
import { statusChanges, statusRecordProblem } from '../story/status-history.ts';
import type { ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { nearest } from './did-you-mean.ts';

/** The committed record of what has been published (content/published.json). */
export interface PublishedIds {
	file: string;
	/** Every claim id ever published. */
	claims: string[];
	/** Each published claim's status as last recorded by `npm run manifest`. */
	statuses: Record<string, Status>;
	/** The day each claim was first published, under the id it was first published as. */
	firstPublished: Record<string, string>;
	/** The whole file as read, keys this code does not know included, for the tools that rewrite it. */
	record: Record<string, unknown>;
}

/**
 * A published id must keep resolving, to a claim or to a claim's alias, so that no link to it
 * ever breaks. A claim not yet listed is a warning: `npm run manifest` adds it.
 */
export function checkPublished(files: ContentFiles, published: PublishedIds, aliasOwner: Map<string, string>, diagnostics: Diagnostic[]) {
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
			// The status recorded under the claim's id or any of its old ids: a claim copied to a new
			// id, with the old one as an alias, still needs a correction to change its status.
			const recorded = [claim.id, ...claim.data.aliases].map((id) => (Object.hasOwn(published.statuses, id) ? published.statuses[id] : undefined)).filter((status) => status !== undefined);
			const changes = statusChanges(claim.data);
			const problem = [...new Set(recorded)].map((status) => statusRecordProblem(claim.data!.status, status, changes)).find(Boolean) ?? (recorded.length ? undefined : statusRecordProblem(claim.data.status, undefined, changes));
			if (problem) diagnostics.push({ file: claim.file, line: claim.lineOf(['status']), field: 'status', severity: 'error', message: problem });
		}
		if (!listed.has(claim.id)) {
			diagnostics.push({ file: claim.file, line: 1, field: '', severity: 'warning', message: `is not in ${published.file} yet: \`npm run publish\` records it (and builds the site), so its id is kept` });
		}
	}
}

