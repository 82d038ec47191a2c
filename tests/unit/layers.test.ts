// The layers of src/, as ARCHITECTURE.md draws them: each folder may import only the folders
// below it, so no folder imports one that imports it back.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What each folder of src/ may import, besides itself and npm packages. */
const ALLOWED: Record<string, string[]> = {
	schemas: [],
	story: ['schemas'],
	charts: ['schemas', 'story'],
	map: ['schemas', 'story'],
	og: ['schemas', 'story', 'map'],
	'content-check': ['schemas', 'story'],
	model: ['schemas', 'story', 'charts', 'map'],
	outputs: ['schemas', 'story', 'charts', 'model', 'root'],
	plugins: ['story'],
	browser: ['story'],
	integrations: ['schemas', 'story', 'content-check', 'outputs', 'root'],
	root: ['schemas', 'story', 'content-check'],
	components: ['schemas', 'story', 'charts', 'map', 'og', 'model', 'outputs', 'root'],
	layouts: ['schemas', 'story', 'charts', 'map', 'og', 'model', 'outputs', 'components', 'root', 'browser', 'styles'],
	pages: ['schemas', 'story', 'charts', 'map', 'og', 'model', 'outputs', 'components', 'layouts', 'content-check', 'root', 'browser'],
	styles: [],
};

const SRC = path.resolve('src');
const folderOf = (file: string) => {
	const parts = path.relative(SRC, file).split(path.sep);
	return parts.length === 1 ? 'root' : parts[0]!;
};

/** Every relative import in src/, as [importing file, imported file]. */
function imports(): [string, string][] {
	const edges: [string, string][] = [];
	for (const file of globSync('src/**/*.{ts,astro,mjs}').map((f) => path.resolve(f))) {
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
			edges.push([file, path.resolve(path.dirname(file), match[1]!)]);
		}
	}
	return edges;
}

describe('the layers of src/', () => {
	it('has a rule for every folder', () => {
		const folders = new Set(imports().flatMap(([from, to]) => [folderOf(from), folderOf(to)]));
		expect([...folders].filter((folder) => !(folder in ALLOWED))).toEqual([]);
	});
	it('imports only downward: no folder imports one above it', () => {
		const wrong = imports()
			.filter(([from, to]) => folderOf(from) !== folderOf(to) && !ALLOWED[folderOf(from)]?.includes(folderOf(to)))
			.map(([from, to]) => `${path.relative(SRC, from)} → ${path.relative(SRC, to)}`);
		expect(wrong).toEqual([]);
	});
	it('has no folder cycle in the rules themselves', () => {
		const visiting = new Set<string>();
		const done = new Set<string>();
		const cycle = (folder: string): boolean => {
			if (done.has(folder)) return false;
			if (visiting.has(folder)) return true;
			visiting.add(folder);
			const found = (ALLOWED[folder] ?? []).some(cycle);
			visiting.delete(folder);
			done.add(folder);
			return found;
		};
		expect(Object.keys(ALLOWED).filter(cycle)).toEqual([]);
	});
	it('has no file cycle: no file imports one that imports it back, even through others or for types only', () => {
		const edges = imports();
		expect(edges.length).toBeGreaterThan(0);
		const next = new Map<string, string[]>();
		for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
		const state = new Map<string, 'visiting' | 'done'>();
		const cycles: string[] = [];
		const visit = (file: string, trail: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'visiting') {
				cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(' → '));
				return;
			}
			state.set(file, 'visiting');
			for (const to of next.get(file) ?? []) visit(to, [...trail, file]);
			state.set(file, 'done');
		};
		for (const file of next.keys()) visit(file, []);
		expect(cycles).toEqual([]);
	});
	it('keeps every source file short enough to read in one sitting (200 lines at most)', () => {
		const long = globSync('src/**/*.{ts,astro,mjs}')
			.map((file) => [file, readFileSync(file, 'utf8').split('\n').length - 1] as const)
			.filter(([, lines]) => lines > 200)
			.map(([file, lines]) => `${file}: ${lines} lines`);
		expect(long).toEqual([]);
	});
});
