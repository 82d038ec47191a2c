import { reportCredit, reportIdOf } from '../story/reports.ts';
import type { LoadedStory } from './load-story.ts';

type Reports = Pick<LoadedStory, 'firstReport' | 'reportById' | 'sourceById'>;

/** The report a claim, figure or event comes from: the first it names, or the story's first report. */
export const reportFor = (story: Reports, item: { reports?: readonly string[] }) => story.reportById.get(reportIdOf(item, story.firstReport.id))!;

/** Whose words a claim's or figure's date wording is: "HBTV, 6 Nov 2024". */
export const creditFor = (story: Reports, item: { reports?: readonly string[] }) => reportCredit(reportFor(story, item), story.sourceById);
