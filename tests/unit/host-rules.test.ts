import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentSecurityPolicy } from '../../src/outputs/csp.ts';
import { CACHE_HASHED, HOST_LIMITS, headerRules, headersFile, redirectsFile } from '../../src/outputs/host-rules.ts';

const csp = contentSecurityPolicy();

/** The files a build of `claims` claims writes, as the integration lists them. */
function builtFiles(claims: number): string[] {
	const files = ['index.html', '404.html', 'updates/index.html', 'feed.xml', 'feed.json', 'data/claims.csv', 'data/claims.json', 'embed/map/index.html', 'embed/figures/index.html', 'oembed/map.json', '_astro/site.a1b2c3.css', '_astro/site.d4e5f6.js', 'og/story.png', 'pagefind/pagefind.js', 'favicon.svg'];
	for (let i = 1; i <= claims; i++) files.push(`claims/claim-${i}/index.html`, `embed/claims/claim-${i}/index.html`, `oembed/claims/claim-${i}.json`, `og/claims/claim-${i}.png`);
	return files;
}

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'host-rules-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The headers Netlify serves for `pathname` from `text`, parsed by Netlify's own parser: every matching rule, a later one replacing an earlier one's header. */
async function netlifyHeaders(text: string, pathname: string) {
	const file = path.join(dir, '_headers');
	await writeFile(file, text);
	const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
	expect(errors).toEqual([]);
	const rules = headers as { forRegExp: RegExp; values: Record<string, string> }[];
	return Object.assign({}, ...rules.filter((rule) => rule.forRegExp.test(pathname)).map((rule) => rule.values)) as Record<string, string>;
}

describe('_headers', () => {
	it('has the same few rules for a story of 29 claims as for one of 10,000', () => {
		const small = headerRules({ files: builtFiles(29), csp });
		const large = headerRules({ files: builtFiles(10_000), csp });
		expect(large.length).toBe(small.length);
		expect(large).toEqual(small);
		expect(small.length).toBeLessThanOrEqual(10);
		expect(headersFile(large).split('\n').filter((line) => line.startsWith('/'))).toHaveLength(small.length);
	});

	it('as Netlify parses it: pages refuse every frame, embeds allow any, hashed assets are immutable, HTML and feeds revalidate soon', async () => {
		const text = headersFile(headerRules({ files: builtFiles(10_000), csp }));
		const page = await netlifyHeaders(text, '/claims/claim-10000/');
		expect(page['Content-Security-Policy']).toBe(`${csp}; frame-ancestors 'none'`);
		expect(page['Cache-Control']).toMatch(/max-age=0\b/);
		expect((await netlifyHeaders(text, '/a-missing-page/'))['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		const embed = await netlifyHeaders(text, '/embed/claims/claim-10000/');
		expect(embed['Content-Security-Policy']).toBe(`${csp}; frame-ancestors *`);
		expect((await netlifyHeaders(text, '/_astro/site.a1b2c3.css'))['Cache-Control']).toBe(CACHE_HASHED);
		for (const feed of ['/feed.xml', '/feed.json', '/data/claims.csv', '/oembed/map.json']) expect((await netlifyHeaders(text, feed))['Cache-Control'], feed).toMatch(/max-age=300$/);
	});

	it('puts its rules under the base path', () => {
		const rules = headerRules({ files: builtFiles(3), csp, base: '/kursk' });
		expect(rules.map((rule) => rule.path)).toEqual(['/kursk/*', '/kursk/embed/*', '/kursk/_astro/*', '/kursk/feed.xml', '/kursk/feed.json', '/kursk/data/*', '/kursk/oembed/*']);
	});

	it('refuses to write a file Cloudflare Pages would cut short: over 100 rules, or a line over 2,000 characters', () => {
		const rule = (i: number) => ({ path: `/claims/c-${i}/`, detach: [], set: [['X-Test', 'y']] as [string, string][] });
		expect(() => headersFile(Array.from({ length: HOST_LIMITS.headerRules }, (_, i) => rule(i)))).not.toThrow();
		expect(() => headersFile(Array.from({ length: HOST_LIMITS.headerRules + 1 }, (_, i) => rule(i)))).toThrow(/101 rules: Cloudflare Pages applies only the first 100/);
		const long = headerRules({ files: builtFiles(1), csp: `${csp}; img-src ${'https://tiles.example '.repeat(100)}` });
		expect(() => headersFile(long)).toThrow(/line \d+ is \d+ characters: Cloudflare Pages ignores a line over 2000/);
	});
});

describe('_redirects', () => {
	const moves = [
		{ from: '/claims/old-id/', to: '/claims/new-id/' },
		{ from: '/claims/older-id/', to: '/claims/new-id/' },
	];

	it('answers each old address with a 301, which Netlify parses as such; on Netlify forced past the redirect page kept for other hosts', async () => {
		const file = path.join(dir, '_redirects');
		expect(redirectsFile(moves)).toContain('/claims/old-id/ /claims/new-id/ 301\n');
		for (const force of [false, true]) {
			await writeFile(file, redirectsFile(moves, { force }));
			const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [file], configRedirects: [], minimal: true });
			expect(errors).toEqual([]);
			expect(redirects).toEqual(moves.map(({ from, to }) => expect.objectContaining({ from, to, status: 301, force })));
		}
	});

	it('puts both addresses under the base path', () => {
		expect(redirectsFile(moves, { base: '/kursk' })).toContain('/kursk/claims/old-id/ /kursk/claims/new-id/ 301\n');
	});

	it('refuses more redirects than Cloudflare Pages applies', () => {
		const many = Array.from({ length: HOST_LIMITS.staticRedirects + 1 }, (_, i) => ({ from: `/claims/old-${i}/`, to: '/claims/x/' }));
		expect(() => redirectsFile(many)).toThrow(/2001 redirects: Cloudflare Pages applies only the first 2000/);
		expect(() => redirectsFile(many.slice(1))).not.toThrow();
	});
});

describe('the deploy guide (docs/deploy.md)', () => {
	it('gives nginx the same headers as _headers, every value of every rule', async () => {
		const guide = await readFile('docs/deploy.md', 'utf8');
		const nginx = guide.match(/```nginx\n([\s\S]*?)```/)![1]!;
		const rules = headerRules({ files: builtFiles(1), csp });
		expect(rules.length).toBeGreaterThan(1);
		for (const rule of rules) for (const [name, value] of rule.set) expect(nginx, `${rule.path} ${name}`).toContain(`add_header ${name} "${value}" always;`);
		expect(nginx).toContain('error_page 404 /404.html;');
	});

	it('has a GitHub Pages workflow that publishes with the address and folder from the Pages settings, and keeps the card cache', async () => {
		const workflow = parse(await readFile('docs/github-pages.yml', 'utf8')) as { jobs: Record<string, { steps: { run?: string; uses?: string; env?: Record<string, string> }[]; env?: Record<string, string> }> };
		const build = workflow.jobs.build!;
		const publish = build.steps.find((step) => step.run === 'npm run publish')!;
		expect(publish.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
		expect(build.steps.map((step) => step.uses?.split('@')[0])).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/cache', 'actions/upload-pages-artifact']));
		expect(build.env?.CLAIM_CARD_CACHE).toContain('.claim-cards');
		expect(workflow.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
	});
});
