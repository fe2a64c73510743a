// English: the admin console and its sections.
import type { Messages } from '../zh-CN/index.ts';

export const admin: Messages['admin'] = {
  nav: {
    overview: 'Overview',
    photoPoints: 'Photo points',
    curtains: 'Curtain mail-outs',
    provinceRules: 'Province rules',
    tlds: 'Domain suffixes',
    users: 'Users and roles',
    audit: 'Audit log',
  },
  overview: {
    title: 'Administration overview',
    intro: 'Maintain the reference data the filing service relies on and read the record of every change.',
  },
  sections: {
    photoPoints:
      'Maintain the free photo points per province and city: address, opening hours, phone and map link; deactivate points that no longer serve.',
    curtains:
      'Build the day’s dispatch batch by the 16:00 rule, export the courier CSV, enter SF tracking numbers and follow delivery.',
    provinceRules:
      'Set each province’s verification sheet rules (signature, fingerprint or handwritten pledge), Shanghai app-check eligibility and bureau deadlines.',
    tlds: 'Keep the MIIT-approved list of domain suffixes and its as-of date, which the verify step checks domains against.',
    users: 'See accounts and assign the applicant, reviewer, administrator and photo-point operator roles.',
    audit: 'Read every filing status change and administrative action, filtered by actor, record and time.',
  },
};
