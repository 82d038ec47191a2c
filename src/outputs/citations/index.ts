import { apaReference } from './apa.ts';
import { bibtexEntry } from './bibtex.ts';
import { chicagoNote } from './chicago.ts';
import type { ClaimCitation } from './claim-citation.ts';
import { cslJson } from './csl-json.ts';
import { risRecord } from './ris.ts';
import { wikipediaCiteWeb } from './wikipedia.ts';

export type { ClaimCitation } from './claim-citation.ts';
export { cslItem, cslJson } from './csl-json.ts';

/** One way to cite a claim: its name as a citer knows it, and the text for it. */
export interface CitationFormat {
	id: 'wikipedia' | 'apa' | 'chicago' | 'bibtex' | 'ris' | 'csl-json';
	label: string;
	format: (citation: ClaimCitation) => string;
}

/** The six forms "Cite this claim" offers, in the order it shows them. */
export const CITATION_FORMATS: readonly CitationFormat[] = [
	{ id: 'wikipedia', label: 'Wikipedia {{cite web}}', format: wikipediaCiteWeb },
	{ id: 'apa', label: 'APA (7th edition)', format: apaReference },
	{ id: 'chicago', label: 'Chicago (note)', format: chicagoNote },
	{ id: 'bibtex', label: 'BibTeX', format: bibtexEntry },
	{ id: 'ris', label: 'RIS', format: risRecord },
	{ id: 'csl-json', label: 'CSL-JSON', format: cslJson },
];
