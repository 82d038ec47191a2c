import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';
import { runScript } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

const rename = (dir: string, ...args: string[]) => runScript(dir, 'rename.ts', ...args);

describe('npm run rename', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeEach(async () => {
		project = await tempProject();
	});
	afterEach(() => project.cleanup());
	const errors = async () => (await checkContent(project.dir)).diagnostics.map(formatDiagnostic);

	it('renames a claim in one step: file, every reference, citations in bodies, an alias, and published.json', async () => {
		const { code, output } = await rename(project.dir, 'first-clash-reported', 'first-clash');
		expect(code, output).toBe(0);
		expect(output).toContain('content/claims/first-clash-reported.md → content/claims/first-clash.md');
		expect(existsSync(path.join(project.dir, 'content/claims/first-clash-reported.md'))).toBe(false);
		expect(await project.read('content/claims/first-clash.md')).toMatch(/aliases:\n {2}- first-clash-reported\n/);
		expect(await project.read('content/story.md')).toContain('{#first-clash}');
		expect(await project.read('content/claims/umerov-first-encounter.md')).toMatch(/supports:\n {2}- first-clash\n/);
		const published = JSON.parse(await project.read('content/published.json'));
		expect(published.claims).toEqual(expect.arrayContaining(['first-clash', 'first-clash-reported']));
		expect(published.statuses['first-clash']).toBe('reported');
		expect(published.statuses['first-clash-reported']).toBeUndefined();
		expect(await errors()).toEqual([]);
	});

	it('renames a source and a place everywhere they are cited (claims, estimates, timeline, places, the story)', async () => {
		expect((await rename(project.dir, 'zelenskyy', 'volodymyr-zelenskyy')).code).toBe(0);
		expect(await project.read('content/estimates/zelenskyy-11000-kursk.md')).toContain('statedBy: volodymyr-zelenskyy');
		expect(await project.read('content/claims/zelenskyy-urges-support.md')).toContain('claimant: volodymyr-zelenskyy');
		expect((await rename(project.dir, 'kursk-region', 'kursk-oblast')).code).toBe(0);
		expect(await project.read('content/places/ussuriysk.md')).toContain('distanceTo: kursk-oblast');
		expect(await project.read('content/timeline/first-clash-report.md')).not.toContain('kursk-region');
		expect((await rename(project.dir, 'hbtv', 'hbtv-news')).code).toBe(0);
		expect(await project.read('content/reports/hbtv-2024-11-06.md')).toContain('outlet: hbtv-news');
		expect(await errors()).toEqual([]);
	});

	it('refuses to overwrite an id in use, and changes nothing', async () => {
		const before = await project.read('content/claims/first-clash-reported.md');
		const { code, output } = await rename(project.dir, 'first-clash-reported', 'umerov-first-encounter');
		expect(code).toBe(1);
		expect(output).toContain('Nothing renamed: "umerov-first-encounter" is already taken');
		expect(await project.read('content/claims/first-clash-reported.md')).toBe(before);
	});

	it('with --dry-run, prints what it would change and changes nothing', async () => {
		const { code, output } = await rename(project.dir, 'first-clash-reported', 'first-clash', '--dry-run');
		expect(code).toBe(0);
		expect(output).toContain('Would rename the claim "first-clash-reported" to "first-clash"');
		expect(existsSync(path.join(project.dir, 'content/claims/first-clash-reported.md'))).toBe(true);
		expect(existsSync(path.join(project.dir, 'content/claims/first-clash.md'))).toBe(false);
	});

	it('refuses while content/published.json is broken, and changes nothing', async () => {
		const original = await project.read('content/published.json');
		await project.write('content/published.json', original.slice(0, 40));
		try {
			const { code, output } = await rename(project.dir, 'first-clash-reported', 'first-clash');
			expect(code).toBe(1);
			expect(output).toContain('Nothing renamed: content/published.json');
			expect(output).toContain('is not valid JSON');
			expect(existsSync(path.join(project.dir, 'content/claims/first-clash-reported.md'))).toBe(true);
			expect(await project.read('content/published.json')).toBe(original.slice(0, 40));
		} finally {
			await project.write('content/published.json', original);
		}
	});

	it('refuses while a file it would read does not parse, so no edit is lost', async () => {
		await project.edit('content/places/pyongyang.md', (text) => text.replace('kind: city', 'kind: [city'));
		const { code, output } = await rename(project.dir, 'first-clash-reported', 'first-clash');
		expect(code).toBe(1);
		expect(output).toContain('content/places/pyongyang.md does not parse as YAML');
		expect(existsSync(path.join(project.dir, 'content/claims/first-clash-reported.md'))).toBe(true);
	});
});
