// The Point method's actions on the photo step: the photo-point directory (any designated point, the applicant's province first) and what to bring.
import type { PhotoStep } from '@beian/contracts';

export function PointMethod(_props: { step: PhotoStep }) {
  return null;
}
