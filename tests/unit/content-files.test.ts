import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { tempProject } from '../support/temp-project.ts';

// One build reads the content three times, and the preview reads it after every edit: a file is
// parsed again only when its text changed, and what each read returns is the file as it is now.
describe('readContentFiles(root)', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());
	const FILE = 'content/claims/umerov-first-encounter.md';
	const statement = async () => (await readContentFiles(project.dir)).files.claims.find((c) => c.file === FILE)!.data?.statement;

	it('returns the same files and no diagnostics when read twice', async () => {
		const first = await readContentFiles(project.dir);
		const second = await readContentFiles(project.dir);
		expect(second.diagnostics).toEqual([]);
		expect(second.files.claims.map((c) => [c.id, c.data])).toEqual(first.files.claims.map((c) => [c.id, c.data]));
	});

	it('sees an edit, a mistake and its fix in the next read', async () => {
		const original = await project.read(FILE);
		await project.edit(FILE, (text) => text.replace(/^statement: .*$/m, 'statement: "Edited statement for the test."'));
		expect(await statement()).toBe('Edited statement for the test.');
		await project.edit(FILE, (text) => text.replace('status: officially-stated', 'status: offically-stated'));
		const broken = await readContentFiles(project.dir);
		expect(broken.diagnostics.map((d) => `${d.file} ${d.field}`)).toEqual([`${FILE} status`]);
		expect(await readContentFiles(project.dir).then((r) => r.diagnostics.length)).toBe(1);
		await project.write(FILE, original);
		expect((await readContentFiles(project.dir)).diagnostics).toEqual([]);
		expect(await statement()).not.toBe('Edited statement for the test.');
	});
});
