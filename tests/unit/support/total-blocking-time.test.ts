import { describe, expect, it } from 'vitest';
import { blockingTime, mainThreadCpu, mainThreadTasks, totalBlockingTime, type TraceEvent } from '../../../commands/support/total-blocking-time.ts';

describe('blockingTime(tasks, fcp) — Lighthouse\'s Total Blocking Time', () => {
	it('counts the part of each task beyond 50 ms, after FCP', () => {
		expect(blockingTime([{ start: 100, end: 180, cpu: 80 }, { start: 200, end: 240, cpu: 40 }], 50)).toEqual({ total: 30, tasks: 1 });
	});
	it('counts a task that started before FCP from FCP on, which a start-time filter would drop', () => {
		// 700 ms of parsing and layout, of which 400 ms come after a paint at 300 ms.
		expect(blockingTime([{ start: 0, end: 700, cpu: 700 }], 300)).toEqual({ total: 350, tasks: 1 });
		expect(blockingTime([{ start: 0, end: 320, cpu: 320 }], 300)).toEqual({ total: 0, tasks: 0 });
	});
	it('ignores what falls after the window ends', () => {
		expect(blockingTime([{ start: 100, end: 300, cpu: 200 }], 0, 200)).toEqual({ total: 50, tasks: 1 });
	});
});

describe('mainThreadTasks(trace)', () => {
	const nav = (pid: number, ts: number, url: string): TraceEvent => ({ name: 'navigationStart', ph: 'R', ts, pid, tid: 1, args: { data: { documentLoaderURL: url, isLoadingMainFrame: true } } });
	const task = (pid: number, ts: number, dur: number, tid = 1, tdur = dur / 2): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, tdur, pid, tid });
	it('takes the main-frame renderer\'s tasks, in ms since its navigation started, with their CPU time', () => {
		const events = [nav(7, 1_000_000, 'about:blank'), nav(9, 2_000_000, 'http://127.0.0.1/'), task(9, 2_100_000, 80_000), task(9, 2_200_000, 90_000, 2), task(7, 2_300_000, 500_000)];
		expect(mainThreadTasks(events)).toEqual([{ start: 100, end: 180, cpu: 40 }]);
		expect(totalBlockingTime(events, 50)).toEqual({ total: 30, tasks: 1 });
	});
	it('sums the main thread\'s CPU time, leaving out other threads, other pages and the time spent waiting', () => {
		const events = [nav(9, 2_000_000, 'http://127.0.0.1/'), task(9, 2_100_000, 80_000, 1, 30_000), task(9, 2_300_000, 60_000, 1, 25_000), task(9, 2_200_000, 90_000, 2), task(7, 2_300_000, 500_000)];
		expect(mainThreadCpu(mainThreadTasks(events))).toBe(55);
	});
	it('refuses a trace without the page\'s navigation, rather than reporting zero', () => {
		expect(() => mainThreadTasks([task(1, 0, 100_000)])).toThrow(/navigationStart/);
	});
});
