// The Curtain method's actions on the photo step: the curtain mail-out request, its dispatch and tracking, and the self-taken photo upload.
import type { PhotoStep } from '@beian/contracts';

export function CurtainMethod(_props: { step: PhotoStep }) {
  return null;
}
