// SF-style tracking numbers: "SF", then 13 digits made from the shipment's sequence number and a check digit, so
// numbers are unique without retries and the same sequence always gives the same number.

/** Luhn check digit over the digits. */
function checkDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function trackingNumberFor(sequence: bigint): string {
  if (sequence < 1n || sequence > 99_999_999_999n) throw new RangeError(`Sequence out of range: ${sequence}`);
  const body = `1${sequence.toString().padStart(11, '0')}`;
  return `SF${body}${checkDigit(body)}`;
}

export const isTrackingNumber = (s: string): boolean =>
  /^SF\d{13}$/.test(s) && checkDigit(s.slice(2, 14)) === Number(s[14]);
