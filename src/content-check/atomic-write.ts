// Writing several content files as one change: each file is written to a temporary file in its
// own folder and renamed over the original (a rename within a folder is atomic), so a reader,
// the dev preview or a crash never sees half a file; and if any step fails, every file already
// replaced is put back, so the change happens whole or not at all.
import { existsSync, statSync } from 'node:fs';
import { link, mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One file of a change: its path from `root` and its new text. */
export interface FileWrite {
	path: string;
	text: string;
}

/** A temporary name beside `file`: hidden, and not ending in `.md`, so no content reader picks it up. */
const temporary = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);

/**
 * Writes `writes` and then deletes `removals` (paths from `root`), all or nothing. A file that
 * does not exist yet is created only if it still does not exist when it is put in place, so a
 * file someone else created meanwhile is never overwritten. Throws, with everything as it was,
 * when a step fails.
 */
export async function replaceFiles(root: string, writes: readonly FileWrite[], removals: readonly string[] = []): Promise<void> {
	const targets = writes.map((write) => ({ ...write, file: path.join(root, write.path), temp: temporary(path.join(root, write.path)) }));
	const originals = new Map<string, string | undefined>();
	for (const target of targets) originals.set(target.file, existsSync(target.file) && statSync(target.file).isFile() ? await readFile(target.file, 'utf8') : undefined);
	const done: typeof targets = [];
	try {
		for (const target of targets) {
			await mkdir(path.dirname(target.file), { recursive: true });
			await writeFile(target.temp, target.text, { flag: 'wx' });
		}
		for (const target of targets) {
			if (originals.get(target.file) === undefined) {
				await link(target.temp, target.file);
				await unlink(target.temp);
			} else await rename(target.temp, target.file);
			done.push(target);
		}
		for (const removal of removals) {
			const file = path.join(root, removal);
			originals.set(file, await readFile(file, 'utf8'));
			await unlink(file);
			done.push({ path: removal, text: '', file, temp: temporary(file) });
		}
	} catch (error) {
		for (const target of targets) await rm(target.temp, { force: true });
		for (const target of done.reverse()) {
			const original = originals.get(target.file);
			if (original === undefined) await rm(target.file, { force: true });
			else {
				await writeFile(target.temp, original);
				await rename(target.temp, target.file);
			}
		}
		throw error;
	}
}
