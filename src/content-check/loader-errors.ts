// Astro's content loader and the content guard run in one process but load this file as two
// module instances (Vite's and Node's): the list they share lives on globalThis.

const KEY = Symbol.for('kursk-explainer.preview-loader-errors');
const shared = globalThis as { [KEY]?: string[] };

/** Keeps a loader error of the dev preview, for the content guard to print if its own check found nothing. */
export const stashLoaderError = (message: string) => void (shared[KEY] ??= []).push(message);

/** The loader errors kept since the last call. */
export function takeLoaderErrors(): string[] {
	const taken = shared[KEY] ?? [];
	shared[KEY] = [];
	return taken;
}
