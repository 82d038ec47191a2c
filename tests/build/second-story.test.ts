// "No story in the code": the site built from a different, fictional story (tests/fixtures/
// second-story/content) by replacing content/ alone. It builds, shows its own names, and carries
// no trace of the first story's.
import { globSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_EMBED_HEIGHT_MESSAGE } from '../../src/story/embeds.ts';
import { tempProject } from '../support/temp-project.ts';

/** Names of the first story: its places, people, outlets, sides and what its figures count. */
const FIRST_STORY = /Kursk|Korea|Ukrain|Russia|Zelensk|Pyongyang|Seoul|Khabarovsk|Ussuriysk|troops|soldiers|Far East|New York Times|HBTV|\bANI\b|Yonhap/gi;

describe('a second story, built from the same code with its own content/', () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let build: { code: number; output: string };
	const dist = (file: string) => readFile(path.join(project.dir, 'dist', file), 'utf8');
	beforeAll(async () => {
		project = await tempProject();
		await rm(path.join(project.dir, 'content'), { recursive: true });
		await cp('tests/fixtures/second-story/content', path.join(project.dir, 'content'), { recursive: true });
		// The deployment's own address, as a newsroom would set it.
		build = await project.build({ SITE_URL: 'https://avel.example' });
	}, 300_000);
	afterAll(() => project?.cleanup());

	it('builds with no content error', () => {
		expect(build.code, build.output).toBe(0);
	});
	it('shows its own site name, sides, scopes and captions', async () => {
		const page = await dist('index.html');
		for (const text of ['Avel fixture explainer', 'Marrow Council', 'Ministry of Waterways', 'in the valley', 'The household figures, as stated', 'Where the fictional story happens.', 'households']) {
			expect(page).toContain(text);
		}
		expect(await dist('feed.xml')).toContain('Avel fixture explainer: updates');
		expect(await dist('claims/ministry-two-failed/index.html')).toContain('From a fictional test story about the Avel flood barriers.');
		// The byline names its note on dates by that note's own title.
		expect(page).toMatch(/\(<a href="#note-date-inference"[^>]*>how the dates are read<\/a>\)/);
	});
	it('carries no name of the first story in any page, feed, data file, map, script or stylesheet', async () => {
		const traces: string[] = [];
		for (const file of globSync('**/*.{html,xml,json,csv,txt,svg,js,css}', { cwd: path.join(project.dir, 'dist') })) {
			// The map's outline data ships with the code (public/map, see its PROVENANCE.md); the
			// static map draws only what falls in the story's own view.
			if (file === 'map/boundaries.topo.json') continue;
			// Embed pages still send the first story's message name, for snippets pasted before it was renamed.
			const text = (await dist(file)).replaceAll(LEGACY_EMBED_HEIGHT_MESSAGE, '');
			for (const match of text.matchAll(FIRST_STORY)) traces.push(`${file}: …${text.slice(Math.max(0, match.index - 40), match.index + 30)}…`);
		}
		expect(traces).toEqual([]);
	});
});
