import { z } from 'astro/zod';

/** The address as a browser reads it, or undefined when it is none. */
const parse = (text: string) => {
	try {
		return new URL(text);
	} catch {
		return undefined;
	}
};

/**
 * A web address that a reader can follow: http or https only, never `javascript:` or `data:`,
 * written out in full (`https:evil.example` is read as https://evil.example/ by browsers), and
 * with no user name before an "@" (`https://www.kbs.co.kr@evil.example/` goes to evil.example).
 */
export const WebUrl = z
	.string()
	.refine((text) => /^https?:\/\/[^/\\]/i.test(text.trim()) && ['https:', 'http:'].includes(parse(text)?.protocol ?? ''), {
		error: 'is not a web address: give a full https:// URL',
	})
	.refine((text) => !parse(text)?.username && !parse(text)?.password, {
		error: (issue) => {
			const url = parse(String(issue.input));
			return `has "${url?.username ?? ''}${url?.password ? ':…' : ''}@" before the host, so it leads to ${url?.host ?? 'another site'}, not the site it names: write the address without the part up to "@"`;
		},
	});
