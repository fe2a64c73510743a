// Domain input as applicants type it (with scheme, www., path, port, Unicode) reduced to the registrable domain
// that is filed. Suffixes are the ICANN section of the Public Suffix List (tldts), so `example.com.cn` has the
// suffix `com.cn`; whether MIIT approves it is a separate question (fileable-suffix.ts).
import { parse } from 'tldts';
import { fail, ok, type Result } from '../result.ts';
import { hostToUnicode } from './punycode.ts';

export interface NormalizedDomain {
  /** The registrable domain in ASCII, e.g. `xn--fsqu00a.xn--fiqs8s`. */
  readonly domain: string;
  /** Its public suffix in ASCII, e.g. `com.cn`, `xn--fiqs8s`. */
  readonly suffix: string;
  /** The domain for display, e.g. `例子.中国`. */
  readonly unicode: string;
  /** The full host in ASCII without `www.`, e.g. `blog.example.com`. */
  readonly host: string;
}

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

// Hyphens in positions 3–4 are reserved for IDNA prefixes; registries refuse any other such label.
const isValidLabel = (label: string): boolean =>
  LDH_LABEL.test(label) && (label.slice(2, 4) !== '--' || (label.startsWith('xn--') && hostToUnicode(label) !== null));

function extractHost(input: string): Result<string> {
  const withoutScheme = input.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  let url: URL;
  try {
    url = new URL(`http://${withoutScheme}`);
  } catch {
    return fail('DOMAIN_INVALID');
  }
  if (url.username !== '' || url.password !== '') return fail('DOMAIN_INVALID');
  return ok(url.hostname.replace(/\.$/, ''));
}

export function normalizeDomain(input: string): Result<NormalizedDomain> {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return fail('DOMAIN_EMPTY');
  const extracted = extractHost(trimmed);
  if (!extracted.ok) return extracted;
  const hostname = extracted.value;

  if (hostname.startsWith('[') || parse(hostname).isIp) return fail('DOMAIN_IP');
  if (hostname.length > 253) return fail('DOMAIN_TOO_LONG');
  const labels = hostname.split('.');
  if (!labels.every(isValidLabel)) return fail('DOMAIN_LABEL_INVALID');
  if (labels.length < 2) return fail('DOMAIN_SINGLE_LABEL');

  const parsed = parse(hostname, { allowPrivateDomains: false });
  if (!parsed.isIcann || parsed.publicSuffix === null) return fail('DOMAIN_SUFFIX_UNKNOWN');
  if (parsed.domain === null) return fail('DOMAIN_IS_SUFFIX');
  // `www.` goes only when it is a subdomain: www.com.cn is itself a registrable domain.
  const sub = parsed.subdomain ?? '';
  const host = sub === 'www' || sub.startsWith('www.') ? hostname.slice(4) : hostname;
  // Every xn-- label was checked to decode above, so the fallback is unreachable.
  const unicode = hostToUnicode(parsed.domain) ?? parsed.domain;
  return ok({ domain: parsed.domain, suffix: parsed.publicSuffix, unicode, host });
}
