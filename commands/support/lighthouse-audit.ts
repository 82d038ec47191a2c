// Lighthouse's default mobile audit (simulated slow 4G, CPU 4× slower, a Moto G Power's screen)
// of a page, run through its Node API against the system Chromium. Used by `npm run bench`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/** What the bench reads from one Lighthouse report: scores out of 100, times in ms. */
export interface Audit {
	performance: number;
	accessibility: number;
	fcp: number;
	lcp: number;
	tbt: number;
	speedIndex: number;
	cls: number;
	/** Main-thread work, as Lighthouse counts it ("Minimize main-thread work"). */
	mainThread: number;
	/** The accessibility audits the page failed, by id (e.g. color-contrast). */
	accessibilityFailures: string[];
}

/** The system Chromium, started for Lighthouse to drive over its debugging port. */
export async function launchForLighthouse() {
	return chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
}

/**
 * Audits `url` with Lighthouse's default mobile settings, in a new tab of the Chromium on `port`.
 * A page answered with 404 (the not-found page) is audited as served, not refused.
 */
export async function audit(url: string, port: number): Promise<Audit> {
	const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility'], ignoreStatusCode: true });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const value = (id: string) => {
		const numeric = lhr.audits[id]?.numericValue;
		if (numeric === undefined) throw new Error(`Lighthouse's report on ${url} has no value for ${id}`);
		return numeric;
	};
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		fcp: value('first-contentful-paint'),
		lcp: value('largest-contentful-paint'),
		tbt: value('total-blocking-time'),
		speedIndex: value('speed-index'),
		cls: value('cumulative-layout-shift'),
		mainThread: value('mainthread-work-breakdown'),
		accessibilityFailures: (lhr.categories.accessibility?.auditRefs ?? []).filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0).map((ref) => ref.id),
	};
}
