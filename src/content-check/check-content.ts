import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PublishedRecord } from '../schemas/published.ts';
import { findImages, imageProblem } from './body-images.ts';
import { checkBodies } from './body-checks.ts';
import { checkPlaceholders } from './placeholders.ts';
import { bodyTree } from './body-tree.ts';
import { readContentFiles, type ContentFiles } from './content-files.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { checkIntegrity, type PublishedIds } from './integrity.ts';
import { committedIds, recordProblems } from './published-history.ts';

/** Where the list of published claim ids is kept. */
export const PUBLISHED_FILE = 'content/published.json';


const REBUILD = `restore it with \`git restore ${PUBLISHED_FILE}\` (npm run manifest rewrites it from content/, but cannot bring back ids of claims since deleted)`;

/**
 * Reads the published ids (undefined when the file does not exist yet), or says what is wrong
 * with the file: it is written by `npm run manifest` and `npm run rename`, but a merge or a hand
 * edit can break it.
 */
export async function readPublished(root: string): Promise<{ published?: PublishedIds; problem?: Diagnostic }> {
	const file = path.join(root, PUBLISHED_FILE);
	if (!existsSync(file)) return {};
	const text = await readFile(file, 'utf8');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const position = /position (\d+)/.exec((error as Error).message)?.[1];
		const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
		return { problem: { file: PUBLISHED_FILE, line, field: '', severity: 'error', message: `is not valid JSON (${(error as Error).message.split('\n')[0]}): ${REBUILD}` } };
	}
	const result = PublishedRecord.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const field = issue.path.join('.');
		const wanted = issue.path[0] === 'statuses' ? 'a status for each claim id' : issue.path[0] === 'firstPublished' ? 'a day (YYYY-MM-DD) for each claim id' : 'a list of claim ids';
		return { problem: { file: PUBLISHED_FILE, field, severity: 'error', message: `is not ${wanted} as npm run manifest writes it (${issue.message}): ${REBUILD}` } };
	}
	return { published: { file: PUBLISHED_FILE, claims: result.data.claims, statuses: result.data.statuses, firstPublished: result.data.firstPublished, record: json as Record<string, unknown> } };
}

/**
 * Validates all of `content/` under `root`: each file against its schema, then the references
 * between files. The build, `npm run check` and the tests all call this one function.
 */
export async function checkContent(root: string): Promise<{ files: ContentFiles; diagnostics: Diagnostic[] }> {
	const { files, diagnostics } = await readContentFiles(root);
	// The schema and the placeholder scan can both spot a TODO left in one field: say it once.
	const { published, problem } = await readPublished(root);
	const record = recordProblems(published, await committedIds(root), existsSync(path.join(root, PUBLISHED_FILE)));
	const all = [...diagnostics, ...(problem ? [problem] : []), ...record, ...checkIntegrity(files, published), ...checkImages(files, path.join(root, 'public')), ...checkBodies(files, path.join(root, 'public'))];
	all.push(...checkPlaceholders(files, all));
	const seen = new Set<string>();
	return { files, diagnostics: all.filter((d) => !seen.has(formatDiagnostic(d)) && Boolean(seen.add(formatDiagnostic(d)))) };
}

/** Every image in every body, under the image policy (src/content-check/body-images.ts). */
function checkImages(files: ContentFiles, publicDir: string): Diagnostic[] {
	return Object.values(files).flatMap((entries) =>
		entries.flatMap((entry) =>
			findImages(bodyTree(entry)).flatMap((image) => {
				const message = imageProblem(image, publicDir);
				return message ? [{ file: entry.file, line: entry.bodyLine + image.line - 1, field: 'body', message, severity: 'error' as const }] : [];
			}),
		),
	);
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');
