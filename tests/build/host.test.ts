import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../commands/support/project-copy.ts';
import { freePort } from '../../commands/support/static-server.ts';
import { runScript } from '../support/run-script.ts';
import { tempProject } from '../support/temp-project.ts';

// The built site as a host serves it. One throwaway copy of the project grows to a story of 500
// synthetic claims (made as commands/bench-build.ts makes them), one claim renamed so that its old
// id is an alias, and is built once, under a base path (/kursk/, as for a GitHub Pages project
// site) and for the address it is then served at. `wrangler pages dev`, Cloudflare's own runtime
// (workerd, offline), serves it with _headers and _redirects at its root, as Cloudflare Pages
// reads them: every check below goes over HTTP to that server, the link check included.

/** Claims added to the story (HOST_TEST_CLAIMS changes it for a quicker run by hand). */
const SYNTHETIC = Number(process.env.HOST_TEST_CLAIMS ?? 500);
const OLD_ID = 'umerov-first-encounter';
const NEW_ID = 'umerov-first-encounter-renamed';
const BASE = '/kursk';

/** Header rules in a `_headers` text: lines that start a rule. */
const ruleCount = (text: string) => text.split('\n').filter((line) => line.startsWith('/')).length;

/** Waits until `url` answers, or fails with what the server said. */
async function waitForServer(url: string, log: () => string, ms = 90_000) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
	throw new Error(`wrangler pages dev did not answer within ${ms / 1000} s:\n${log()}`);
}

describe(`the site on a host: ${SYNTHETIC} more claims, under a base path, served by wrangler pages dev (Cloudflare Pages' runtime)`, () => {
	let project: Awaited<ReturnType<typeof tempProject>>;
	let dist: string;
	let lastClaim: string;
	let wrangler: ChildProcess | undefined;
	let cwd: string;
	let origin: string;
	let site: string;
	let log = '';

	beforeAll(async () => {
		project = await tempProject();
		const template = await readFile(path.join(ROOT, 'content/claims', `${OLD_ID}.md`), 'utf8');
		for (let i = 1; i <= SYNTHETIC; i++) {
			const text = template
				.replace(/^statement: .*$/m, `statement: "Synthetic claim number ${i}: a statement of ordinary length, as long as the story's own claims are."`)
				.replace(/^supports:\n(  - .*\n)+/m, '');
			await project.write(`content/claims/synthetic-claim-${i}.md`, text);
		}
		const renamed = await runScript(project.dir, 'rename.ts', OLD_ID, NEW_ID);
		expect(renamed.code, renamed.output).toBe(0);
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		site = `${origin}${BASE}`;
		// Built for the address it is served at, so its absolute addresses (cards, canonical, feeds, oEmbed) are checked too.
		const { code, output } = await project.build({ SITE_URL: site, BASE_PATH: BASE });
		if (code !== 0) throw new Error(output);
		dist = path.join(project.dir, 'dist');
		// The claim page that would come last in a rule-per-page _headers, far past the 100th rule.
		lastClaim = (await readdir(path.join(dist, 'claims'))).sort().at(-1)!;

		// The site's root as the host sees it: the rules files at the top, the site in /kursk/.
		cwd = await mkdtemp(path.join(tmpdir(), 'wrangler-'));
		const root = path.join(cwd, 'root');
		await mkdir(root);
		await cp(dist, path.join(root, BASE), { recursive: true });
		for (const file of ['_headers', '_redirects']) await rename(path.join(root, BASE, file), path.join(root, file));
		// wrangler writes .wrangler/ into its working directory: a temporary one. It prints a harmless ENOTFOUND (no Request.cf offline).
		wrangler = spawn(process.execPath, [path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'pages', 'dev', root, '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date', '2026-11-01'], {
			cwd,
			detached: true,
			env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		wrangler.stdout!.on('data', (chunk) => (log += chunk));
		wrangler.stderr!.on('data', (chunk) => (log += chunk));
		await waitForServer(`${site}/`, () => log);
	}, 600_000);
	afterAll(async () => {
		// wrangler runs workerd as a child: end its whole process group.
		if (wrangler?.pid) process.kill(-wrangler.pid, 'SIGTERM');
		if (cwd) await rm(cwd, { recursive: true, force: true });
		await project?.cleanup();
	});

	const get = (pathname: string) => fetch(`${site}${pathname}`, { redirect: 'manual' });
	const metaPolicy = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1]?.replace(/&#39;/g, "'");

	it(`writes as many _headers rules for ${SYNTHETIC} more claims as for the story itself (at most 10), under the base path`, async () => {
		const grown = await readFile(path.join(dist, '_headers'), 'utf8');
		const story = await readFile('dist/_headers', 'utf8');
		expect(ruleCount(grown)).toBe(ruleCount(story));
		expect(ruleCount(grown)).toBeLessThanOrEqual(10);
		expect(grown).toBe(story.replace(/^\//gm, `${BASE}/`));
		expect((await readdir(path.join(dist, 'claims'))).length).toBeGreaterThan(SYNTHETIC);
	});

	it('writes _headers and _redirects that Netlify parses without an error, the old id as a 301', async () => {
		const headers = await parseAllHeaders({ headersFiles: [path.join(dist, '_headers')], configHeaders: [], minimal: true });
		expect(headers.errors).toEqual([]);
		expect(headers.headers.length).toBe(ruleCount(await readFile(path.join(dist, '_headers'), 'utf8')));
		const redirects = await parseAllRedirects({ redirectsFiles: [path.join(dist, '_redirects')], configRedirects: [], minimal: true });
		expect(redirects.errors).toEqual([]);
		expect(redirects.redirects).toEqual([expect.objectContaining({ from: `${BASE}/claims/${OLD_ID}/`, to: `${BASE}/claims/${NEW_ID}/`, status: 301 })]);
	});

	it('is read whole by Cloudflare\'s runtime: no rule skipped or refused', () => {
		expect(log).toMatch(/Parsed \d+ valid header rules/);
		expect(log).toContain('Parsed 1 valid redirect rule.');
		expect(log).not.toMatch(/invalid (header|redirect) rule/);
		expect(log).not.toMatch(/Maximum number of|Skipping|Ignoring line|Expected a|Infinite loop/);
	});

	it(`sends every kind of page, the last claim page of ${SYNTHETIC} included, its CSP with frame-ancestors 'none'`, async () => {
		const pages = ['/', `/claims/${lastClaim}/`, `/claims/synthetic-claim-${SYNTHETIC}/`, `/claims/${NEW_ID}/`, '/questions/have-they-fought/', '/updates/'];
		for (const page of pages) {
			const response = await get(page);
			expect(response.status, page).toBe(200);
			expect(response.headers.get('content-security-policy'), page).toBe(`${metaPolicy(await response.text())}; frame-ancestors 'none'`);
			expect(response.headers.get('cache-control'), page).toBe('public, max-age=0, must-revalidate');
			expect(response.headers.get('x-content-type-options'), page).toBe('nosniff');
		}
	});

	it('lets any site frame the embeds, and nothing else: one policy each', async () => {
		for (const page of ['/embed/map/', '/embed/figures/', `/embed/claims/${lastClaim}/`]) {
			const response = await get(page);
			expect(response.status, page).toBe(200);
			const policy = response.headers.get('content-security-policy')!;
			expect(policy, page).toBe(`${metaPolicy(await response.text())}; frame-ancestors *`);
			expect(policy.match(/frame-ancestors/g), page).toHaveLength(1);
		}
		for (const file of ['/feed.xml', '/data/claims.json', '/og/story.png', '/map/story-map.svg', '/embed-not-an-embed/']) {
			expect((await get(file)).headers.get('content-security-policy'), file).toContain("frame-ancestors 'none'");
		}
	});

	it('answers an old claim id with a 301 to the claim\'s page', async () => {
		const response = await get(`/claims/${OLD_ID}/`);
		expect(response.status).toBe(301);
		expect(new URL(response.headers.get('location')!, origin).pathname).toBe(`${BASE}/claims/${NEW_ID}/`);
	});

	it('answers a missing page with a 404 and the 404 page, under the same policy', async () => {
		const response = await get('/claims/no-such-claim-at-all/');
		expect(response.status).toBe(404);
		expect(await response.text()).toMatch(/<h1[^>]*>This page is not here<\/h1>/);
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
	});

	it('caches hashed assets for a year, immutable; feeds and data for five minutes', async () => {
		const html = await (await get('/')).text();
		const assets = [...html.matchAll(/(?:href|src)="\/kursk(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
		expect(assets.length).toBeGreaterThan(0);
		for (const asset of assets) {
			const response = await get(asset);
			expect(response.status, asset).toBe(200);
			expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
		}
		for (const file of ['/feed.xml', '/feed.json', '/data/claims.csv', '/oembed/map.json']) {
			expect((await get(file)).headers.get('cache-control'), file).toBe('public, max-age=300');
		}
	});

	it('points cards, canonical addresses, oEmbed, embeds and feeds at the site under /kursk/, and they answer', async () => {
		const page = await (await get(`/claims/${NEW_ID}/`)).text();
		const addresses = [
			page.match(/<link rel="canonical" href="([^"]+)"/)![1]!,
			page.match(/<meta property="og:image" content="([^"]+)"/)![1]!,
			page.match(/type="application\/json\+oembed" href="([^"]+)"/)![1]!,
		];
		const oembed = JSON.parse(await (await fetch(addresses[2]!)).text()) as { html: string };
		addresses.push(oembed.html.match(/src="([^"]+)"/)![1]!);
		const feed = JSON.parse(await (await get('/feed.json')).text()) as { home_page_url: string; items: { url: string }[] };
		expect(feed.items.length).toBeGreaterThan(0);
		addresses.push(feed.home_page_url, feed.items[0]!.url);
		for (const address of addresses) {
			expect(address.startsWith(`${site}/`), address).toBe(true);
			expect((await fetch(address)).status, address).toBe(200);
		}
		expect(await (await get(`/embed/claims/${NEW_ID}/`)).text()).toContain(`href="${BASE}/#${NEW_ID}"`);
	});

	it('has no broken link or anchor, and no link that leaves /kursk/', async () => {
		const checker = new LinkChecker();
		const result = await checker.check({
			path: `${site}/`,
			recurse: true,
			checkFragments: true,
			concurrency: 20,
			linksToSkip: (link: string) => Promise.resolve(!link.startsWith(origin)),
		});
		const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status}`);
		expect(broken).toEqual([]);
		const checked = result.links.filter((link) => link.state === 'OK').map((link) => link.url);
		expect(checked.length).toBeGreaterThan(SYNTHETIC);
		expect(checked.filter((url) => !url.startsWith(`${site}/`))).toEqual([]);
	}, 300_000);
});
