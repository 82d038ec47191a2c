import type { AstroIntegration } from 'astro';
import { glob, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../outputs/csp.ts';
import { headerRules, headersFile, redirectsFile, type Redirect } from '../outputs/host-rules.ts';
import { normalizeBase, withoutBase } from '../story/base-path.ts';

/** The URL path a built HTML file is served at: `claims/x/index.html` → `/claims/x/`. */
const pagePath = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;

/** Where a built redirect page (`<meta http-equiv="refresh">`, kept for hosts without `_redirects`) sends the reader, if `file` is one. */
async function refreshTarget(file: string): Promise<string | undefined> {
	const handle = await open(file);
	try {
		const { buffer, bytesRead } = await handle.read(Buffer.alloc(2048), 0, 2048, 0);
		return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(buffer.toString('utf8', 0, bytesRead))?.[1];
	} finally {
		await handle.close();
	}
}

/**
 * Writes `dist/_headers` and `dist/_redirects` (the files Cloudflare Pages and Netlify read): a
 * fixed set of header rules by route (src/outputs/host-rules.ts says why), and a 301 for each
 * redirect page the build made (old claim ids). Fails the build rather than write a file a host
 * would cut short.
 */
export function securityHeaders(): AstroIntegration {
	let base = '';
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const files: string[] = [];
				const redirects: Redirect[] = [];
				for await (const entry of glob('**/*', { cwd: root, withFileTypes: true })) {
					if (!entry.isFile()) continue;
					const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
					files.push(file);
					if (!file.endsWith('.html')) continue;
					const target = await refreshTarget(path.join(root, file));
					if (target) redirects.push({ from: pagePath(file), to: withoutBase(target, base) });
				}
				const rules = headerRules({ files, csp: contentSecurityPolicy(), base });
				await writeFile(new URL('_headers', dir), headersFile(rules));
				await writeFile(new URL('_redirects', dir), redirectsFile(redirects, { base, force: process.env.NETLIFY === 'true' }));
			},
		},
	};
}
