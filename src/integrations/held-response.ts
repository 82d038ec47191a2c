import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** A response the dev server wrote but that has not reached the browser yet. */
export interface HeldResponse {
	/** The status the server meant to send (Astro's dev server sends 500 when a page throws). */
	status: number;
	/** Sends the response as the server wrote it, its HTML passed through `edit` if given. */
	release(edit?: (html: string) => string): void;
	/** Sends this page instead, with this status. */
	replace(status: number, html: string): void;
}

/**
 * Keeps whatever the next handlers write to `res` (status, headers, body) from the browser until
 * they end it, then hands it to `decide`, which either releases it or replaces it. The preview
 * uses it so that a page whose render threw shows the content check's messages instead of
 * Astro's stack trace: a page streamed in dev may fail halfway, after its status was written.
 */
export function holdResponse(res: ServerResponse, decide: (held: HeldResponse) => void | Promise<void>): void {
	const original = { writeHead: res.writeHead, write: res.write, end: res.end };
	let status: number | undefined;
	const headers: OutgoingHttpHeaders = {};
	const chunks: Buffer[] = [];
	const keep = (chunk: unknown, encoding?: unknown) => {
		if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
		chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
	};
	const restore = () => Object.assign(res, original);
	res.writeHead = ((code: number, ...rest: unknown[]) => {
		status = code;
		const given = rest.find((part) => typeof part === 'object' && part !== null);
		if (Array.isArray(given)) for (let i = 0; i + 1 < given.length; i += 2) headers[String(given[i])] = given[i + 1];
		else if (given) Object.assign(headers, given);
		return res;
	}) as ServerResponse['writeHead'];
	res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
		keep(chunk, encoding);
		for (const done of [encoding, callback]) if (typeof done === 'function') done();
		return true;
	}) as ServerResponse['write'];
	res.end = ((chunk?: unknown, encoding?: unknown) => {
		keep(chunk, encoding);
		restore();
		void Promise.resolve(
			decide({
				status: status ?? res.statusCode,
				release(edit) {
					if (status !== undefined) res.statusCode = status;
					for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
					const html = edit && /text\/html/.test(String(res.getHeader('Content-Type') ?? ''));
					if (html) res.removeHeader('Content-Length');
					res.end(html ? edit(Buffer.concat(chunks).toString('utf8')) : Buffer.concat(chunks));
				},
				replace(code, html) {
					res.statusCode = code;
					for (const name of res.getHeaderNames()) res.removeHeader(name);
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.setHeader('Cache-Control', 'no-store');
					res.end(html);
				},
			}),
		).catch((error: unknown) => {
			if (!res.writableEnded) {
				res.statusCode = 503;
				res.end(String(error));
			}
		});
		return res;
	}) as ServerResponse['end'];
}
