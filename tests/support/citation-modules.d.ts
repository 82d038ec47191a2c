// The citation parsers the tests use ship no type declarations; the tests use a small part of each.
declare module 'citeproc' {
	const CSL: { Engine: new (sys: { retrieveLocale: (lang: string) => string; retrieveItem: (id: string) => unknown }, style: string, lang?: string) => { setOutputFormat(format: string): void; updateItems(ids: string[]): void; makeBibliography(): unknown } };
	export default CSL;
}
declare module '@citation-js/core' {
	export const Cite: { async(input: string, options?: { forceType?: string }): Promise<{ data: unknown[] }> };
}
declare module '@citation-js/plugin-ris';
