import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findImages, imageProblem } from './body-images.ts';
import { readContentFiles, type ContentFiles } from './content-files.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { checkIntegrity, type PublishedIds } from './integrity.ts';

/** Where the list of published claim ids is kept. */
export const PUBLISHED_FILE = 'content/published.json';

/** Reads the published ids, or undefined when the file does not exist yet. */
export async function readPublished(root: string): Promise<PublishedIds | undefined> {
	const file = path.join(root, PUBLISHED_FILE);
	if (!existsSync(file)) return undefined;
	const { claims, statuses = {} } = JSON.parse(await readFile(file, 'utf8')) as Omit<PublishedIds, 'file'>;
	return { file: PUBLISHED_FILE, claims, statuses };
}

/**
 * Validates all of `content/` under `root`: each file against its schema, then the references
 * between files. The build, `npm run check` and the tests all call this one function.
 */
export async function checkContent(root: string): Promise<{ files: ContentFiles; diagnostics: Diagnostic[] }> {
	const { files, diagnostics } = await readContentFiles(root);
	// The schema and the placeholder scan can both spot a TODO left in one field: say it once.
	const all = [...diagnostics, ...checkIntegrity(files, await readPublished(root)), ...checkImages(files, path.join(root, 'public'))];
	const seen = new Set<string>();
	return { files, diagnostics: all.filter((d) => !seen.has(formatDiagnostic(d)) && Boolean(seen.add(formatDiagnostic(d)))) };
}

/** Every image in every body, under the image policy (src/utils/body-images.ts). */
function checkImages(files: ContentFiles, publicDir: string): Diagnostic[] {
	return Object.values(files).flatMap((entries) =>
		entries.flatMap((entry) =>
			findImages(entry.body).flatMap((image) => {
				const message = imageProblem(image, publicDir);
				return message ? [{ file: entry.file, line: entry.bodyLine + image.line - 1, field: 'body', message, severity: 'error' as const }] : [];
			}),
		),
	);
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');
