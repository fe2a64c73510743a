// The admin console's sections, in navigation order, with their paths.
export const ADMIN_SECTIONS = [
  { key: 'photoPoints', path: 'photo-points' },
  { key: 'curtains', path: 'curtains' },
  { key: 'provinceRules', path: 'province-rules' },
  { key: 'tlds', path: 'tlds' },
  { key: 'users', path: 'users' },
  { key: 'audit', path: 'audit-log' },
] as const;

export type AdminSectionKey = (typeof ADMIN_SECTIONS)[number]['key'];
