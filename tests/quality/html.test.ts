import { glob, readFile } from 'node:fs/promises';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';

const pages: string[] = [];
for await (const file of glob('dist/**/*.html')) pages.push(file);

describe('the built site in dist/', () => {
	it('has pages to check', () => {
		expect(pages.length).toBeGreaterThan(30);
	});

	it('is valid HTML: html-validate finds no error on any page', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const text = formatterFactory('text');
		const failures: string[] = [];
		for (const file of pages) {
			const report = await validator.validateString(await readFile(file, 'utf8'), file);
			if (!report.valid) failures.push(text(report.results));
		}
		expect(failures.join('\n')).toBe('');
	});

	it('has no broken internal link or #fragment', async () => {
		const checker = new LinkChecker();
		const result = await checker.check({
			path: 'dist',
			recurse: true,
			checkFragments: true,
			concurrency: 20,
			// Only this site: external addresses (canonical URLs on the configured site, schema.org) are not fetched here.
			linksToSkip: (link: string) => Promise.resolve(!/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link)),
		});
		const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}): ${link.status} ${link.failureDetails?.map(String).join(' ') ?? ''}`);
		expect(broken).toEqual([]);
		// Linkinator reports each distinct address once; fragments are checked on every page.
		expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(40);
	});
});

describe('the Content-Security-Policy', () => {
	it('is in a <meta> tag on every page and in dist/_headers, allowing no inline script and no third-party origin', async () => {
		const headers = await readFile('dist/_headers', 'utf8');
		const header = headers.match(/Content-Security-Policy: (.*)/)![1]!;
		for (const file of pages) {
			const meta = (await readFile(file, 'utf8')).match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
			expect(meta, file).toBeTruthy();
			expect(header).toBe(`${meta!.replace(/&#39;/g, "'")}; frame-ancestors 'none'`);
		}
		expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
		expect(header).toContain("script-src 'self'");
	});
	it('is needed by no page: no inline script, inline style or style attribute in dist/', async () => {
		for (const file of pages) {
			const html = await readFile(file, 'utf8');
			expect(html.match(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>/g), file).toBeNull();
			expect(html.match(/<style[\s>]/g), file).toBeNull();
			expect(html.match(/\sstyle="/g), file).toBeNull();
		}
	});
});
