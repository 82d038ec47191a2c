import type { ViteDevServer } from 'vite';

/** The module through which pages read Astro's content store in `astro dev` (Astro's own id for it). */
const DATA_STORE_ID = '\0astro:data-layer-content';

interface Runner {
	evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(module: never): void };
}

/**
 * Makes the next page of the preview read Astro's content store afresh from disk. Astro does
 * this after each write of the store, but a page that was reading the store while it was
 * written can keep the earlier copy until the next save; the content guard calls this when a
 * page trips over content the check passes.
 */
export function reloadContentStore(server: ViteDevServer): void {
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(DATA_STORE_ID);
		if (module) environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
		const runner = (environment as { runner?: Runner }).runner;
		const evaluated = runner?.evaluatedModules.getModuleById(DATA_STORE_ID);
		if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated as never);
	}
}
