// The encodings to try when a photo must become a smaller JPEG: pure, so the order is tested without a canvas.

export type ShrinkAttempt = { width: number; height: number; quality: number };

/** The long side a shrunk certificate photo keeps at least, so that its small print stays readable. */
export const MIN_LONG_SIDE = 1600;

const QUALITIES = [0.85, 0.7] as const;
const STEP = 0.75;

/**
 * The encodings to try, in order, until one is small enough: the start size (the photo's own, or `maxLongSide` when
 * smaller) at a high then a lower quality, then each smaller size the same way, down to `minLongSide` (a photo
 * already smaller keeps its size), ending at a low quality.
 */
export function shrinkAttempts(
  width: number,
  height: number,
  { minLongSide = MIN_LONG_SIDE, maxLongSide = Number.POSITIVE_INFINITY } = {},
): ShrinkAttempt[] {
  const original = Math.max(width, height);
  const long = Math.min(original, maxLongSide);
  const sides: number[] = [long];
  for (let side = long; side > minLongSide; ) {
    side = Math.max(minLongSide, Math.round(side * STEP));
    sides.push(side);
  }
  const scaled = (side: number) => ({
    width: Math.max(1, Math.round((width * side) / original)),
    height: Math.max(1, Math.round((height * side) / original)),
  });
  const attempts: ShrinkAttempt[] = sides.flatMap((side) => QUALITIES.map((quality) => ({ ...scaled(side), quality })));
  attempts.push({ ...scaled(sides.at(-1) ?? long), quality: 0.55 });
  return attempts;
}
