import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript as script } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

describe('npm run new report <id>', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it('writes a report with every field, which the check points at until filled in', async () => {
		const { code, output } = await script(project.dir, 'new-entry.ts', 'report', 'fixture-post-2024-11-08');
		expect(code, output).toBe(0);
		const text = await project.read('content/reports/fixture-post-2024-11-08.md');
		for (const field of ['outlet:', 'agency:', 'dateline:', 'published:', 'title:', 'url:']) expect(text).toContain(field);
		const check = await script(project.dir, 'check-content.ts');
		expect(check.code).toBe(1);
		expect(check.output).toMatch(/content\/reports\/fixture-post-2024-11-08\.md:\d+ outlet: is still the placeholder "TODO-source-id"/);
		expect(check.output).toMatch(/content\/reports\/fixture-post-2024-11-08\.md:\d+ published\.value: /);
	});
});
