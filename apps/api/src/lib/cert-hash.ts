// Certificate numbers are stored as a keyed hash (to match them) and a masked form (to show them), never in clear.
import { createHmac } from 'node:crypto';
import { maskCertNumber } from '@beian/domain';
import { keyedMac } from './keyed-mac.ts';

export type CertHasher = ReturnType<typeof createCertHasher>;

export const normalizeCertNumber = (certNumber: string) => certNumber.replace(/[\s-]/g, '').toUpperCase();

export function createCertHasher(key: string) {
  return {
    hash: (certNumber: string) => createHmac('sha256', key).update(normalizeCertNumber(certNumber)).digest('hex'),
    mask: (certNumber: string) => maskCertNumber(normalizeCertNumber(certNumber)),
    /**
     * A keyed hash of the number's last 6 characters under its own label: what the Shanghai app check compares the
     * ending typed on the principal's phone with. The mask shows only 4, and the full hash cannot be checked by part.
     */
    ending: (certNumber: string) => keyedMac(key, 'cert-ending-v1', normalizeCertNumber(certNumber).slice(-6), 'hex'),
  };
}
