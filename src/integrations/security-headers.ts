import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../utils/csp.ts';

/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) with the same CSP the
 * pages carry in their <meta> tag, plus the headers a <meta> tag cannot set.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const headers = [
					'/*',
					`  Content-Security-Policy: ${contentSecurityPolicy({ forHeader: true })}`,
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					'',
				].join('\n');
				await writeFile(new URL('_headers', dir), headers);
			},
		},
	};
}
