import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, siteAddress } from '../../src/integrations/site-address.ts';
import { siteUrl, withBase, withoutBase } from '../../src/story/base-path.ts';

const run = promisify(execFile);

/** `npm run publish`'s first step, run with `env` as the only address settings. */
async function requireSiteUrl(env: Record<string, string>) {
	const { SITE_URL: _, BASE_PATH: __, ...rest } = process.env;
	try {
		const { stdout, stderr } = await run(process.execPath, [path.resolve('commands/require-site-url.ts')], { env: { ...rest, ...env } });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, output: failed.stdout + failed.stderr };
	}
}

describe('npm run publish without the site address', () => {
	it('refuses, saying how to set SITE_URL and where each host sets it', async () => {
		const settings: Record<string, string>[] = [{}, { SITE_URL: PLACEHOLDER_SITE_URL }, { SITE_URL: `${PLACEHOLDER_SITE_URL}/` }];
		for (const env of settings) {
			const { code, output } = await requireSiteUrl(env);
			expect(code, JSON.stringify(env)).toBe(1);
			expect(output).toContain("npm run publish needs the site's address");
			expect(output).toContain('SITE_URL=https://explainer.example.org npm run publish');
			for (const host of ['Cloudflare Pages:', 'Netlify:', 'GitHub Pages:', 'nginx']) expect(output).toContain(host);
		}
	});
	it('refuses an address that is not one', async () => {
		expect((await requireSiteUrl({ SITE_URL: 'explainer.example.org' })).output).toContain('is not an address');
	});
	it('goes on with a real address, saying where the site will be', async () => {
		expect(await requireSiteUrl({ SITE_URL: 'https://explainer.example.org' })).toEqual({ code: 0, output: 'Publishing for https://explainer.example.org/\n' });
	});
});

describe('siteAddress() and the base path', () => {
	it('takes the base path from BASE_PATH, else from the path of SITE_URL', () => {
		expect(siteAddress({ SITE_URL: 'https://user.github.io/kursk/' })).toEqual({ site: 'https://user.github.io', base: '/kursk', placeholder: false });
		expect(siteAddress({ SITE_URL: 'https://user.github.io', BASE_PATH: 'kursk/' })).toMatchObject({ base: '/kursk' });
		expect(siteAddress({})).toEqual({ site: PLACEHOLDER_SITE_URL, base: '', placeholder: true });
	});
	it('puts site paths under the base path, and takes it off again', () => {
		expect(withBase('/claims/x/', '/kursk')).toBe('/kursk/claims/x/');
		expect(withBase('/#x', '/kursk')).toBe('/kursk/#x');
		expect(withBase('/claims/x/', '')).toBe('/claims/x/');
		expect(withBase('https://elsewhere.example/', '/kursk')).toBe('https://elsewhere.example/');
		expect(withoutBase('/kursk/claims/x/', '/kursk')).toBe('/claims/x/');
		expect(withoutBase('/kursk', '/kursk')).toBe('/');
		expect(withoutBase('/kursky/', '/kursk')).toBe('/kursky/');
		expect(siteUrl('/claims/x/', new URL('https://user.github.io'), '/kursk')).toBe('https://user.github.io/kursk/claims/x/');
	});
});
