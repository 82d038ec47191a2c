import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Diagnostic } from './diagnostics.ts';
import type { PublishedIds } from './published-checks.ts';

const run = promisify(execFile);
const FILE = 'content/published.json';

/**
 * The claim ids of the record as git's last commit holds it (`git show HEAD:content/published.json`),
 * or undefined where there is nothing to compare with: not a git repository, no commit yet, or a
 * record never committed.
 */
export async function committedIds(root: string): Promise<string[] | undefined> {
	try {
		const { stdout } = await run('git', ['-C', root, 'show', `HEAD:./${FILE}`], { maxBuffer: 64 * 1024 * 1024 });
		const claims = (JSON.parse(stdout) as { claims?: unknown }).claims;
		return Array.isArray(claims) ? claims.filter((id): id is string => typeof id === 'string') : undefined;
	} catch {
		return undefined;
	}
}

const RESTORE = `restore it with \`git restore ${FILE}\``;

/**
 * The record of publication is part of the content, never optional: without it no published
 * link or status would be kept. A missing record, one with no ids, or one with fewer ids than
 * the last commit's (`committed`) is an error. For a story never published (no committed record),
 * `npm run manifest` writes the first one.
 */
export function recordProblems(published: PublishedIds | undefined, committed: string[] | undefined, exists: boolean): Diagnostic[] {
	const first = committed ? RESTORE : `for a story never published, \`npm run manifest\` writes it; otherwise ${RESTORE}`;
	if (!exists) {
		return [{ file: FILE, field: '', severity: 'error', message: `is missing: it is the record of every claim id and status ever published, which keeps their links working and their status changes on the record; ${first}` }];
	}
	if (!published) return [];
	if (published.claims.length === 0) {
		return [{ file: FILE, field: 'claims', severity: 'error', message: `is empty: the record of published claim ids may never lose one; ${first}` }];
	}
	const kept = new Set(published.claims);
	const lost = (committed ?? []).filter((id) => !kept.has(id));
	if (lost.length === 0) return [];
	const named = lost.slice(0, 5).map((id) => `"${id}"`).join(', ') + (lost.length > 5 ? ` and ${lost.length - 5} more` : '');
	return [{ file: FILE, field: 'claims', severity: 'error', message: `has lost ${lost.length} id${lost.length === 1 ? '' : 's'} that the last commit's record holds (${named}): a published id is never removed. ${RESTORE[0]!.toUpperCase()}${RESTORE.slice(1)}, or put the ids back in "claims"; to rename a claim, add its old id to the new file's aliases` }];
}
