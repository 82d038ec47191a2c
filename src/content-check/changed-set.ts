// The content check run on a change before it is made: the content is copied to a temporary
// folder, the change applied there, and the copy checked, so a command never writes a change
// that would break the site.
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { replaceFiles, type FileWrite } from './atomic-write.ts';
import { checkContent } from './check-content.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The content check's diagnostics for `content/` under `root` as it would be after the change. */
export async function checkChangedSet(root: string, writes: readonly FileWrite[], removals: readonly string[] = []): Promise<Diagnostic[]> {
	const copy = await mkdtemp(path.join(os.tmpdir(), 'content-change-'));
	try {
		await cp(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
		// Images in bodies are looked up in public/: the copy sees the same folder.
		await symlink(path.join(root, 'public'), path.join(copy, 'public'), 'dir').catch(() => undefined);
		await replaceFiles(copy, writes, removals);
		return (await checkContent(copy)).diagnostics;
	} finally {
		await rm(copy, { recursive: true, force: true });
	}
}

/**
 * The errors of `after` that `before` did not have, comparing file, field and message (lines
 * move when a line is added). `rename` maps a file's or id's old name to its new one first.
 */
export function newErrors(before: readonly Diagnostic[], after: readonly Diagnostic[], rename: (text: string) => string = (t) => t): Diagnostic[] {
	const key = (d: Diagnostic) => `${d.file}\u0000${d.field}\u0000${d.message}`;
	const known = new Map<string, number>();
	for (const d of before.filter((x) => x.severity === 'error')) known.set(rename(key(d)), (known.get(rename(key(d))) ?? 0) + 1);
	return after.filter((d) => {
		if (d.severity !== 'error') return false;
		const count = known.get(key(d)) ?? 0;
		if (count > 0) known.set(key(d), count - 1);
		return count === 0;
	});
}
