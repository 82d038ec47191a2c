export * from './dodge.ts';
export * from './estimate-rows.ts';
export * from './estimates-chart.ts';
export * from './waffle.ts';
