// A command checks its change on a copy of content/ before it writes anything: a change that
// would add an error is caught, one that fixes or keeps the content is not, and the real
// content/ is untouched either way.
import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChangedSet, newErrors } from '../../src/content-check/changed-set.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';

describe('checkChangedSet and newErrors', () => {
	let root: string;
	const FILE = 'content/claims/first-clash-reported.md';
	beforeAll(async () => {
		root = await mkdtemp(path.join(os.tmpdir(), 'changed-set-'));
		await cp(path.resolve('content'), path.join(root, 'content'), { recursive: true });
		await symlink(path.resolve('public'), path.join(root, 'public'), 'dir');
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it('finds the error a change would add, without touching content/', async () => {
		const original = await readFile(path.join(root, FILE), 'utf8');
		const before = (await checkContent(root)).diagnostics;
		const after = await checkChangedSet(root, [{ path: FILE, text: `${original}\nSee [the question](/questions/no-such-question/).\n` }]);
		const added = newErrors(before, after).map(formatDiagnostic);
		expect(added).toHaveLength(1);
		expect(added[0]).toMatch(/first-clash-reported\.md:\d+ body: links to "\/questions\/no-such-question\/", but there is no question/);
		expect(await readFile(path.join(root, FILE), 'utf8')).toBe(original);
	});

	it('finds nothing new for a change that keeps the content valid, and ignores errors already there', async () => {
		const original = await readFile(path.join(root, FILE), 'utf8');
		const broken = [{ file: 'content/claims/x.md', field: 'status', message: 'old', severity: 'error' as const }];
		const after = await checkChangedSet(root, [{ path: FILE, text: `${original}\nOne more sentence.\n` }]);
		expect(newErrors([...(await checkContent(root)).diagnostics, ...broken], [...after, ...broken]).map(formatDiagnostic)).toEqual([]);
	});
});
