import { readContentFiles } from './content-files.ts';
import { claimPagePath } from '../story/urls.ts';

/** The paths of the redirect pages kept for old claim ids. */
export async function aliasPaths(root = process.cwd()): Promise<Set<string>> {
	const { files } = await readContentFiles(root);
	return new Set(files.claims.flatMap((claim) => claim.data?.aliases ?? []).map(claimPagePath));
}
