// A command's change to content/ happens whole or not at all: every file is replaced by rename
// from a temporary file beside it, and a failure part-way puts back every file already replaced.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFiles } from '../../src/content-check/atomic-write.ts';

describe('replaceFiles', () => {
	let dir: string;
	beforeEach(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-'));
		await mkdir(path.join(dir, 'content/claims'), { recursive: true });
		await writeFile(path.join(dir, 'content/claims/a.md'), 'A');
		await writeFile(path.join(dir, 'content/claims/b.md'), 'B');
	});
	afterEach(() => rm(dir, { recursive: true, force: true }));
	const read = (file: string) => readFile(path.join(dir, file), 'utf8');

	it('writes new text, creates new files and removes the moved one, leaving no temporary file', async () => {
		await replaceFiles(dir, [{ path: 'content/claims/a.md', text: 'A2' }, { path: 'content/claims/c.md', text: 'C' }], ['content/claims/b.md']);
		expect(await read('content/claims/a.md')).toBe('A2');
		expect(await read('content/claims/c.md')).toBe('C');
		expect(existsSync(path.join(dir, 'content/claims/b.md'))).toBe(false);
		expect(await readdir(path.join(dir, 'content/claims'))).toEqual(['a.md', 'c.md']);
	});

	it('puts every file back when a later step fails', async () => {
		// The second target is a folder: renaming a file over it fails after the first was replaced.
		await mkdir(path.join(dir, 'content/claims/d.md'));
		await writeFile(path.join(dir, 'content/claims/d.md/x'), '');
		await expect(replaceFiles(dir, [{ path: 'content/claims/a.md', text: 'A2' }, { path: 'content/claims/d.md', text: 'D' }], ['content/claims/b.md'])).rejects.toThrow();
		expect(await read('content/claims/a.md')).toBe('A');
		expect(await read('content/claims/b.md')).toBe('B');
		expect((await readdir(path.join(dir, 'content/claims'))).sort()).toEqual(['a.md', 'b.md', 'd.md']);
	});

	it('puts every file back when the file to remove is already gone', async () => {
		await expect(replaceFiles(dir, [{ path: 'content/claims/a.md', text: 'A2' }, { path: 'content/claims/c.md', text: 'C' }], ['content/claims/gone.md'])).rejects.toThrow();
		expect(await read('content/claims/a.md')).toBe('A');
		expect(existsSync(path.join(dir, 'content/claims/c.md'))).toBe(false);
		expect((await readdir(path.join(dir, 'content/claims'))).sort()).toEqual(['a.md', 'b.md']);
	});
});
