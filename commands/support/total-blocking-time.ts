// Total Blocking Time as Lighthouse counts it, from a Chromium trace: the main thread's top-level
// tasks, each clipped to the window that starts at First Contentful Paint; every clipped task
// longer than 50 ms blocks for the part beyond 50 ms. A task that started before FCP (parsing
// and first layout of a long page) counts from FCP on. Filtering tasks by start time would miss it.

/** One event of a Chromium trace (the Trace Event Format), as far as this needs it. */
export interface TraceEvent {
	name: string;
	ph: string;
	/** Microseconds, on the trace's clock. */
	ts: number;
	dur?: number;
	/** Thread (CPU) time in microseconds, when the trace records it. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

/** A task on the page's main thread, in milliseconds since the page's navigation started. */
export interface Task {
	start: number;
	end: number;
	/**
	 * The thread's CPU time inside the task: wall time less the time the thread was not running.
	 * On a busy machine it varies far less from run to run than blocking time does.
	 */
	cpu: number;
}

export const BLOCKING_THRESHOLD = 50;

/** Blocking time of `tasks` in the window [from, to]: Lighthouse's sum, and how many tasks counted. */
export function blockingTime(tasks: readonly Task[], from: number, to = Number.POSITIVE_INFINITY): { total: number; tasks: number } {
	let total = 0;
	let counted = 0;
	for (const task of tasks) {
		const clipped = Math.min(task.end, to) - Math.max(task.start, from);
		if (clipped <= BLOCKING_THRESHOLD) continue;
		total += clipped - BLOCKING_THRESHOLD;
		counted++;
	}
	return { total, tasks: counted };
}

/** The page's own navigation in a trace: the last main-frame navigationStart of an http(s) page. */
export function mainFrameNavigation<E extends TraceEvent>(events: readonly E[]): E {
	const navigation = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http')).at(-1);
	if (!navigation) throw new Error('the trace has no main-frame navigationStart: was the page traced from before it loaded?');
	return navigation;
}

/**
 * The top-level tasks of the main frame's renderer thread, timed from its navigationStart (the
 * zero of `performance.now()` on the page), for the last main-frame navigation in the trace.
 */
export function mainThreadTasks(events: readonly TraceEvent[]): Task[] {
	const navigation = mainFrameNavigation(events);
	return events
		.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === navigation.pid && e.tid === navigation.tid && e.ts >= navigation.ts)
		.map((e) => ({ start: (e.ts - navigation.ts) / 1000, end: (e.ts + (e.dur ?? 0) - navigation.ts) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

/** Total Blocking Time of a traced load, from First Contentful Paint (ms since navigation) on. */
export function totalBlockingTime(events: readonly TraceEvent[], fcp: number) {
	return blockingTime(mainThreadTasks(events), fcp);
}

/** The main thread's CPU time over a load's tasks, in ms: what the page cost, less the waiting. */
export function mainThreadCpu(tasks: readonly Task[]) {
	return tasks.reduce((sum, task) => sum + task.cpu, 0);
}
