// The AppCheck method's actions on the photo step: the Shanghai app check's QR code and link for the principal's phone.
import type { PhotoStep } from '@beian/contracts';

export function AppCheckMethod(_props: { step: PhotoStep }) {
  return null;
}
