import { readContentFiles, type ContentFiles } from './content-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { checkIntegrity } from './integrity.ts';

/**
 * Validates all of `content/` under `root`: each file against its schema, then the references
 * between files. The build, `npm run check` and the tests all call this one function.
 */
export async function checkContent(root: string): Promise<{ files: ContentFiles; diagnostics: Diagnostic[] }> {
	const { files, diagnostics } = await readContentFiles(root);
	return { files, diagnostics: [...diagnostics, ...checkIntegrity(files)] };
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');
