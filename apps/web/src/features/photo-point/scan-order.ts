// Reading an order number from a camera frame, and what a refused camera means for the operator. Pure functions,
// so the decoder path is tested on pixels without a camera.
import { OrderNoSchema } from '@beian/contracts';
import jsQR from 'jsqr';

export type FramePixels = { data: Uint8ClampedArray; width: number; height: number };

/** What one frame held: an order number, some other QR code, or no readable code. */
export type FrameReading = { kind: 'order'; orderNo: string } | { kind: 'other' } | { kind: 'none' };

export function readOrderNo(frame: FramePixels): FrameReading {
  const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
  if (!code) return { kind: 'none' };
  const parsed = OrderNoSchema.safeParse(code.data);
  return parsed.success ? { kind: 'order', orderNo: parsed.data } : { kind: 'other' };
}

export type CameraProblem = 'denied' | 'noCamera' | 'failed';

/** getUserMedia's refusals as the operator should read them (the names are the DOMException names browsers use). */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'noCamera';
  return 'failed';
}
