// `npm run bench:build [-- 100 1000 5000]`: builds the site with synthetic content of each size
// (written to a temporary folder, never into content/) and reports build time, peak memory and
// time per added claim, each size built twice: cold (empty social-card cache), then warm.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyProject } from './support/project-copy.ts';
import { addSyntheticClaims } from './support/synthetic-claims.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000, 5000, 10000);

/** A copy of the project whose claims folder holds `count` synthetic claims, tied to a question as an editor would tie them. */
async function syntheticProject(count: number) {
	const dir = await copyProject(`bench-build-${count}-`);
	await addSyntheticClaims(dir, count);
	return dir;
}

/** One `astro build` of `dir`, with the card cache in `cache`: its time and peak resident memory. */
function timedBuild(dir: string, cache: string, count: number) {
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
	return { seconds: (performance.now() - started) / 1000, peakMiB: Number(stderr.trim().split('\n').at(-1)) / 1024 };
}

// Budgets (issue #15): warm ≤ 6 ms per added claim; cold 1,000 claims ≤ 40 s; linear to 10,000
// (the 5,000→10,000 step costs at most 2.1× the 1,000→5,000 step per claim); peak ≤ 1.5 GiB.
const BUDGET = { warmMsPerClaim: 6, cold1000Seconds: 40, peakMiB: 1536, linearity: 2.1 };

const rows: { claims: number; cold: number; warm: number; peakMiB: number }[] = [];
for (const count of sizes) {
	const dir = await syntheticProject(count);
	const cache = path.join(dir, '.card-cache');
	await mkdir(cache);
	// Cold: an empty social-card cache, as on a fresh machine. Warm: the same content built again,
	// every card read from the cache, as after an edit to one claim.
	const cold = timedBuild(dir, cache, count);
	const warm = timedBuild(dir, cache, count);
	const claims = count + 29;
	rows.push({ claims, cold: cold.seconds, warm: warm.seconds, peakMiB: Math.max(cold.peakMiB, warm.peakMiB) });
	console.log(`${claims} claims: cold ${cold.seconds.toFixed(1)} s, warm ${warm.seconds.toFixed(1)} s, peak ${Math.max(cold.peakMiB, warm.peakMiB).toFixed(0)} MiB`);
	await rm(dir, { recursive: true, force: true });
}

const marginal = (a: (typeof rows)[number], b: (typeof rows)[number], key: 'cold' | 'warm') => ((b[key] - a[key]) * 1000) / (b.claims - a.claims);
console.log('\n| claims | cold build | warm build | peak memory | cold ms per added claim | warm ms per added claim |\n|---|---|---|---|---|---|');
rows.forEach((r, i) => {
	const prev = rows[i - 1];
	const per = (key: 'cold' | 'warm') => (prev ? `${marginal(prev, r, key).toFixed(1)} ms` : '');
	console.log(`| ${r.claims} | ${r.cold.toFixed(1)} s | ${r.warm.toFixed(1)} s | ${r.peakMiB.toFixed(0)} MiB | ${per('cold')} | ${per('warm')} |`);
});
const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
const last = rows.at(-1)!;
if (rows.length > 1) console.log(`warm, per added claim (${rows[0]!.claims}→${last.claims}): ${marginal(rows[0]!, last, 'warm').toFixed(1)} ms — budget ${BUDGET.warmMsPerClaim} ms: ${verdict(marginal(rows[0]!, last, 'warm') <= BUDGET.warmMsPerClaim)}`);
const at1000 = rows.find((r) => r.claims >= 1000 && r.claims < 1100);
if (at1000) console.log(`cold, ${at1000.claims} claims: ${at1000.cold.toFixed(1)} s — budget ${BUDGET.cold1000Seconds} s: ${verdict(at1000.cold <= BUDGET.cold1000Seconds)}`);
const peak = Math.max(...rows.map((r) => r.peakMiB));
console.log(`peak memory: ${peak.toFixed(0)} MiB — budget ${BUDGET.peakMiB} MiB: ${verdict(peak <= BUDGET.peakMiB)}`);
const [k1, k5, k10] = [1000, 5000, 10000].map((n) => rows.find((r) => r.claims - 29 === n));
if (k1 && k5 && k10) {
	const ratio = marginal(k5, k10, 'cold') / marginal(k1, k5, 'cold');
	console.log(`linearity, 5,000→10,000 vs 1,000→5,000 per claim (cold): ${ratio.toFixed(2)}× — budget ${BUDGET.linearity}×: ${verdict(ratio <= BUDGET.linearity)}`);
}
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/bench-build.json', JSON.stringify({ date: new Date().toISOString(), budget: BUDGET, rows }, null, 2));
