/**
 * How far "about" and "around" reach either side of their number when figures are compared:
 * one tenth. An "up to" figure covers zero to its number, a range its two ends, and a bare
 * number only itself.
 */
export const APPROXIMATE_SPREAD = 0.1;
