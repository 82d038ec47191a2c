import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineOf } from '../support/line-of.ts';
import { runScript as script } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

describe('the editor commands', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it('npm run manifest records every claim id, keeps keys it does not know, and refuses while content has errors', async () => {
		const original = await project.read('content/published.json');
		const record = JSON.parse(original) as { claims: string[] };
		try {
			await project.write('content/published.json', JSON.stringify({ ...record, claims: record.claims.filter((id) => id !== 'first-clash-reported'), editorsNote: 'kept' }));
			const done = await script(project.dir, 'update-manifest.ts');
			expect(done.code, done.output).toBe(0);
			const written = JSON.parse(await project.read('content/published.json')) as { claims: string[]; editorsNote: string };
			expect(written.claims).toContain('first-clash-reported');
			expect(written.editorsNote).toBe('kept');
			await project.edit('content/places/pyongyang.md', (text) => text.replace('kind: city', 'kind: [city'));
			const before = await project.read('content/published.json');
			const refused = await script(project.dir, 'update-manifest.ts');
			expect(refused.code).toBe(1);
			expect(refused.output).toContain('content/places/pyongyang.md');
			expect(await project.read('content/published.json')).toBe(before);
		} finally {
			await project.edit('content/places/pyongyang.md', (text) => text.replace('kind: [city', 'kind: city'));
			await project.write('content/published.json', original);
		}
	});

	it('npm run check passes clean content and exits 0', async () => {
		const { code, output } = await script(project.dir, 'check-content.ts');
		expect(code).toBe(0);
		expect(output).toContain('0 errors, 0 warnings');
	});

	it('npm run check prints the whole report when its output is piped, however long', async () => {
		const names = Array.from({ length: 60 }, (_, i) => `content/places/unfinished-${i}.md`);
		for (const name of names) await project.write(name, '---\nname: ""\nkind: TODO\nlat: 500\nlon: 500\n---\n');
		try {
			const { code, output } = await script(project.dir, 'check-content.ts');
			expect(code).toBe(1);
			const lines = output.trim().split('\n');
			expect(lines.length).toBeGreaterThan(215);
			expect(lines.at(-2)).toMatch(/^\d+ errors, \d+ warnings? in content\//);
			for (const name of names) expect(output).toContain(`${name}:`);
		} finally {
			for (const name of names) await project.remove(name);
		}
	});

	it('npm run check names the file, line, field and fix, and exits non-zero', async () => {
		const file = 'content/claims/first-clash-reported.md';
		const line = lineOf(await project.read(file), 'status: reported');
		await project.withEdit(file, (text) => text.replace('status: reported', 'status: confirmd'), async () => {
			const { code, output } = await script(project.dir, 'check-content.ts');
			expect(code).toBe(1);
			expect(output).toContain(`${file}:${line} status: "confirmd" is not a status; did you mean "confirmed"?`);
		});
	});

	it('npm run new writes a file with every field, which the check then points at until filled in', async () => {
		const { code, output } = await script(project.dir, 'new-entry.ts', 'claim', 'kremlin-denies');
		expect(code, output).toBe(0);
		const written = await project.read('content/claims/kremlin-denies.md');
		expect(written).toContain('statement: ""');
		const check = await script(project.dir, 'check-content.ts');
		expect(check.code).toBe(1);
		expect(check.output).toContain(`content/claims/kremlin-denies.md:${lineOf(written, 'statement:')} statement: is empty: write what was claimed`);
		expect(check.output).toContain(`content/claims/kremlin-denies.md:${lineOf(written, 'assessed:')} assessed: is still the placeholder "YYYY-MM-DD"`);
		await project.remove('content/claims/kremlin-denies.md');
	});

	it('npm run new refuses an id that exists, a malformed id and an unknown kind', async () => {
		const taken = await script(project.dir, 'new-entry.ts', 'claim', 'first-clash-reported');
		expect(taken.code).toBe(1);
		expect(taken.output).toContain('"first-clash-reported" is taken: content/claims/first-clash-reported.md already exists.');
		const malformed = await script(project.dir, 'new-entry.ts', 'place', 'Seoul City');
		expect(malformed.output).toContain('"Seoul City" is not an id');
		const kind = await script(project.dir, 'new-entry.ts', 'clam', 'x');
		expect(kind.output).toContain('"clam" is not a kind of entry; did you mean "claim"?');
	});

	const objectKeys = [['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']];
	it.each(objectKeys)('npm run new -- %s x is told it is not a kind of entry, with no TypeError', async (kind) => {
		expect(objectKeys).toHaveLength(4);
		const { code, output } = await script(project.dir, 'new-entry.ts', kind, 'x');
		expect(code).toBe(1);
		expect(output).toContain(`"${kind}" is not a kind of entry`);
		expect(output).not.toMatch(/TypeError|at .*\.ts:\d+/);
	});
});
