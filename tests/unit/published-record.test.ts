import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic } from '../../src/content-check/diagnostics.ts';
import { runScript as script } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

const run = promisify(execFile);
const errorsIn = async (dir: string) => (await checkContent(dir)).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

describe('the record of publication is part of the content', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let original: string;
	beforeAll(async () => {
		project = await tempProject();
		original = await project.read('content/published.json');
	});
	afterAll(() => project.cleanup());

	it('a missing published.json fails the check, and says how to get it back', async () => {
		await project.remove('content/published.json');
		try {
			expect(await errorsIn(project.dir)).toContainEqual(expect.stringMatching(/^content\/published\.json: is missing: it is the record of every claim id and status ever published.*`npm run manifest` writes it; otherwise restore it with `git restore content\/published\.json`/));
		} finally {
			await project.write('content/published.json', original);
		}
	});

	it('an emptied published.json fails the check', async () => {
		await project.write('content/published.json', JSON.stringify({ claims: [], statuses: {} }));
		try {
			expect(await errorsIn(project.dir)).toContainEqual(expect.stringMatching(/^content\/published\.json claims: is empty: the record of published claim ids may never lose one/));
		} finally {
			await project.write('content/published.json', original);
		}
	});

	it('a claim copied to a new id, its old id an alias, cannot change status without a correction', async () => {
		const text = await project.read('content/claims/first-clash-reported.md');
		await project.write('content/claims/first-clash-copied.md', text.replace('status: reported', 'status: disputed').replace(/^aliases:.*$/m, '').replace(/^---\n/, '---\naliases: [first-clash-reported]\n'));
		await project.remove('content/claims/first-clash-reported.md');
		try {
			expect(await errorsIn(project.dir)).toContainEqual(expect.stringMatching(/^content\/claims\/first-clash-copied\.md:\d+ status: was published as "reported" and is now "disputed", with no correction on the record/));
		} finally {
			await project.remove('content/claims/first-clash-copied.md');
			await project.write('content/claims/first-clash-reported.md', text);
		}
	});

	describe('in a git repository', () => {
		beforeAll(async () => {
			const git = (...args: string[]) => run('git', ['-C', project.dir, ...args]);
			await git('init', '-q');
			await git('add', 'content/published.json');
			await git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', 'record');
		});

		it('a record with fewer ids than the last commit’s fails the check, naming the ids lost', async () => {
			const record = JSON.parse(original) as { claims: string[] };
			await project.write('content/published.json', JSON.stringify({ ...record, claims: record.claims.filter((id) => id !== 'umerov-first-encounter') }, null, '\t'));
			try {
				expect(await errorsIn(project.dir)).toContainEqual(expect.stringMatching(/^content\/published\.json claims: has lost 1 id that the last commit's record holds \("umerov-first-encounter"\): a published id is never removed\. Restore it with `git restore content\/published\.json`/));
				const refused = await script(project.dir, 'update-manifest.ts');
				expect(refused.code).toBe(1);
				expect(refused.output).toContain('has lost 1 id');
			} finally {
				await project.write('content/published.json', original);
			}
			expect(await errorsIn(project.dir)).toEqual([]);
		});

		it('npm run manifest will not write a new record where git holds one', async () => {
			await project.remove('content/published.json');
			try {
				const refused = await script(project.dir, 'update-manifest.ts');
				expect(refused.code).toBe(1);
				expect(refused.output).toMatch(/content\/published\.json: is missing: .*restore it with `git restore content\/published\.json`/);
			} finally {
				await project.write('content/published.json', original);
			}
		});
	});
});

describe('a story never published', () => {
	it('npm run manifest writes its first record, and the check then passes', async () => {
		const project = await tempProject();
		try {
			await project.remove('content/published.json');
			const done = await script(project.dir, 'update-manifest.ts');
			expect(done.code, done.output).toBe(0);
			const record = JSON.parse(await project.read('content/published.json')) as { claims: string[]; firstPublished: Record<string, string> };
			const claims = (await readdir(path.join(project.dir, 'content/claims'))).filter((name) => name.endsWith('.md')).length;
			expect(claims).toBeGreaterThanOrEqual(29);
			expect(record.claims).toHaveLength(claims);
			expect(Object.values(record.firstPublished)).toEqual(Array(claims).fill(new Date().toISOString().slice(0, 10)));
			expect(await errorsIn(project.dir)).toEqual([]);
		} finally {
			await project.cleanup();
		}
	});
});
