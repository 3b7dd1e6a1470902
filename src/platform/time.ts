/** A time comparable across the page and the background (each has its own performance.now() origin): ms since the epoch, sub-millisecond. */
export const epochMs = (): number => performance.timeOrigin + performance.now();
