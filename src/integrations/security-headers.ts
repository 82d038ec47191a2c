import type { AstroIntegration } from 'astro';
import { glob, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../outputs/csp.ts';

/** The URL path a built HTML file is served at: `claims/x/index.html` → `/claims/x/`. */
const pagePath = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) with the same CSP the
 * pages carry in their <meta> tag, plus what a <meta> tag cannot say: who may frame the page.
 * Every page refuses to be framed except the embed pages, which any site may frame. Hosts
 * apply every rule that matches a path, so each page gets its own rule rather than a `/*`
 * rule that the embed pages could not take back.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const pages: string[] = [];
				for await (const file of glob('**/*.html', { cwd: fileURLToPath(dir) })) pages.push(file.split('\\').join('/'));
				const rule = (path: string, frameAncestors: string) => [path, `  Content-Security-Policy: ${contentSecurityPolicy({ forHeader: true, frameAncestors })}`, ''];
				const headers = [
					'/*',
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					'',
					...pages
						.sort()
						.filter((file) => !file.startsWith('embed/'))
						.flatMap((file) => rule(pagePath(file), "'none'")),
					...rule('/embed/*', '*'),
				].join('\n');
				await writeFile(new URL('_headers', dir), headers);
			},
		},
	};
}
