// `npm run bench:build [-- 100 1000 5000]`: builds the site with synthetic content of each size
// (written to a temporary folder, never into content/) and reports build time, peak memory and
// time per claim page, each build cold (empty social-card cache).
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdir } from 'node:fs/promises';

const ROOT = process.cwd();
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000, 5000);

/** A copy of the project whose claims folder holds `count` synthetic claims. */
async function syntheticProject(count: number) {
	const dir = await mkdtemp(path.join(tmpdir(), `bench-build-${count}-`));
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) await cp(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
	await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	const template = await readFile(path.join(ROOT, 'content/claims/umerov-first-encounter.md'), 'utf8');
	const ids: string[] = [];
	for (let i = 1; i <= count; i++) {
		const id = `synthetic-claim-${i}`;
		ids.push(id);
		const text = template
			.replace(/^statement: .*$/m, `statement: "Synthetic claim number ${i}: a statement of ordinary length, about as long as the story's own claims are."`)
			.replace(/^supports:\n(  - .*\n)+/m, '');
		await writeFile(path.join(dir, 'content/claims', `${id}.md`), text);
	}
	// Tie the synthetic claims to a question, as an editor would, so the build sees real cross-links.
	const question = path.join(dir, 'content/questions/have-they-fought.md');
	await writeFile(question, (await readFile(question, 'utf8')).replace('claims:\n', `claims:\n${ids.map((id) => `  - ${id}\n`).join('')}`));
	return dir;
}

const rows: { claims: number; pages: number; seconds: number; peakMiB: number; msPerClaimPage: number }[] = [];
for (const count of sizes) {
	const dir = await syntheticProject(count);
	const cache = path.join(dir, '.card-cache');
	await mkdir(cache);
	const started = performance.now();
	// GNU time reports the build's peak resident memory (kB) on stderr.
	const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CLAIM_CARD_CACHE: cache },
		stdio: ['ignore', 'ignore', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	});
	const stderr = result.stderr.toString();
	if (result.status !== 0) throw new Error(`the build of ${count} synthetic claims failed:\n${stderr.slice(-3000)}`);
	const seconds = (performance.now() - started) / 1000;
	const peakKiB = Number(stderr.trim().split('\n').at(-1));
	const claims = count + 29;
	rows.push({ claims, pages: claims + 7, seconds, peakMiB: peakKiB / 1024, msPerClaimPage: (seconds * 1000) / claims });
	console.log(`${claims} claims: ${seconds.toFixed(1)} s, peak ${(peakKiB / 1024).toFixed(0)} MiB`);
	await rm(dir, { recursive: true, force: true });
}

console.log('\n| claims | pages | build time | peak memory | time per claim (page + card) |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.claims} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.peakMiB.toFixed(0)} MiB | ${r.msPerClaimPage.toFixed(1)} ms |`);
for (let i = 1; i < rows.length; i++) {
	const [a, b] = [rows[i - 1]!, rows[i]!];
	const marginal = ((b.seconds - a.seconds) * 1000) / (b.claims - a.claims);
	console.log(`from ${a.claims} to ${b.claims} claims: ${marginal.toFixed(1)} ms per added claim`);
}
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench-build.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
