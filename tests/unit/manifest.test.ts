import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPublication } from '../../src/content-check/published-record.ts';
import { runScript as script } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

const claim = (id: string, aliases: string[] = [], assessed = '2026-11-25') => ({ id, data: { status: 'reported' as const, aliases, assessed, corrections: [] } });

describe('recordPublication(before, claims, today)', () => {
	it('records a claim never published as first published today, and says so', () => {
		const { record, added } = recordPublication({ claims: ['a'], statuses: { a: 'reported' }, firstPublished: { a: '2026-11-25' } }, [claim('a'), claim('b')], '2026-12-02');
		expect(record.firstPublished).toEqual({ a: '2026-11-25', b: '2026-12-02' });
		expect(added).toEqual(['b']);
	});
	it('never moves a recorded day, whatever `assessed` says', () => {
		const { record } = recordPublication({ claims: ['a'], firstPublished: { a: '2026-11-25' } }, [claim('a', [], '2026-12-09')], '2026-12-10');
		expect(record.firstPublished).toEqual({ a: '2026-11-25' });
	});
	it('keeps the day under the old id after a rename, and adds no day for the new id', () => {
		const { record, added } = recordPublication({ claims: ['old', 'new'], firstPublished: { old: '2026-11-25' } }, [claim('new', ['old'])], '2026-12-10');
		expect(record.firstPublished).toEqual({ old: '2026-11-25' });
		expect(added).toEqual([]);
	});
	it('gives a claim listed before days were kept the day the site showed for it then', () => {
		const { record } = recordPublication({ claims: ['a'] }, [claim('a', [], '2026-11-20')], '2026-12-10');
		expect(record.firstPublished).toEqual({ a: '2026-11-20' });
	});
	it('keeps keys it does not know, in their place, with their values', () => {
		const record: Record<string, unknown> = recordPublication({ note: 'Our own note.', claims: ['a'], extra: { x: 1 } }, [claim('a')], '2026-12-10').record;
		expect(Object.keys(record)).toEqual(['note', 'claims', 'extra', 'statuses', 'firstPublished']);
		expect(record.note).toBe('Our own note.');
		expect(record.extra).toEqual({ x: 1 });
	});
});

describe('npm run manifest', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	beforeAll(async () => {
		project = await tempProject();
	});
	afterAll(() => project.cleanup());

	it("leaves an editor's note as written, records a new claim's day, and leaves no temporary file", async () => {
		const record = JSON.parse(await project.read('content/published.json')) as Record<string, unknown> & { firstPublished: Record<string, string> };
		const before = Object.keys(record.firstPublished).length;
		await project.write('content/published.json', JSON.stringify({ ...record, note: 'Checked by the desk on Monday.' }, null, 2));
		const claim = await project.read('content/claims/first-clash-reported.md');
		await project.write('content/claims/fixture-new-claim.md', claim);
		const done = await script(project.dir, 'update-manifest.ts');
		expect(done.code, done.output).toBe(0);
		const written = JSON.parse(await project.read('content/published.json')) as { note: string; firstPublished: Record<string, string>; claims: string[] };
		expect(written.note).toBe('Checked by the desk on Monday.');
		expect(written.firstPublished['fixture-new-claim']).toBe(new Date().toISOString().slice(0, 10));
		expect(written.firstPublished['first-clash-reported']).toBe('2026-11-25');
		expect(Object.keys(written.firstPublished)).toHaveLength(before + 1);
		expect((await readdir(path.join(project.dir, 'content'))).filter((name) => name.includes('tmp'))).toEqual([]);
	});
});
