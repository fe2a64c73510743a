// What the API needs from the domain registries (WHOIS with the real-name data MIIT-approved registrars keep).
// Certificate numbers come back as a keyed hash (CertHasher) and a mask: compare hashes, never numbers.

export interface WhoisRegistrant {
  readonly name: string;
  readonly certType: string;
  /** certHasher.hash(number): equal hashes mean equal numbers. */
  readonly certHash: string;
  readonly certMasked: string;
}

export interface WhoisRecord {
  /** Registrable domain, ASCII (IDN as punycode). */
  readonly domain: string;
  /** The same domain for display, e.g. 示例.中国. */
  readonly unicode: string;
  readonly registrar: string;
  /** Whether the registrar is on MIIT's list of approved domain registrars. */
  readonly registrarApproved: boolean;
  readonly registeredAt: Date;
  readonly expiresAt: Date;
  readonly realNameVerified: boolean;
  readonly registrant: WhoisRegistrant;
}

export interface DomainRegistry {
  /** The registration record of a registrable domain in ASCII, or null when it is not registered. */
  lookup(domainAscii: string): Promise<WhoisRecord | null>;
}
