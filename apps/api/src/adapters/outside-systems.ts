// The outside systems the console talks to, and which of them a deployment can reach without a simulator.
// MIIT, the domain registries, the cloud inventory, the SMS gateway and the courier offer no public API, so the
// console ships simulators for them; email has a real protocol (SMTP), so it needs no simulator once a server is set.

export const OUTSIDE_SYSTEMS = ['miit', 'registrar', 'cloud', 'sms', 'courier', 'mail'] as const;
export type OutsideSystem = (typeof OUTSIDE_SYSTEMS)[number];

export const OUTSIDE_SYSTEM_LABELS: Record<OutsideSystem, string> = {
  miit: 'MIIT registry and bureau',
  registrar: 'domain registry (WHOIS)',
  cloud: 'cloud resource inventory',
  sms: 'SMS gateway',
  courier: 'courier',
  mail: 'email',
};

/** What a system needs to run on its production adapter, or null when it has none (it can only be simulated). */
export function productionAdapterNeeds(system: OutsideSystem, env: { SMTP_URL?: string }): 'ready' | string | null {
  if (system === 'mail') return env.SMTP_URL ? 'ready' : 'SMTP_URL';
  return null;
}

export const isOutsideSystem = (name: string): name is OutsideSystem =>
  (OUTSIDE_SYSTEMS as readonly string[]).includes(name);
