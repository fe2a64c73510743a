// English: words shared by every screen (product name, shell, roles and language names).
import type { Messages } from '../zh-CN/index.ts';

export const common: Messages['common'] = {
  appName: 'Beian Console',
  pageTitle: '{{page}} · Beian Console',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signOutFailed: 'Could not sign out. Please try again.',
  currentUser: 'Signed-in user',
  language: 'Language',
  requestId: 'Request ID: {{id}}',
  backHome: 'Back to home',
  areaNav: {
    APPLICANT: 'Applicant navigation',
    REVIEWER: 'Review workbench navigation',
    ADMIN: 'Administration navigation',
    OPERATOR: 'Photo point navigation',
  },
  roles: {
    APPLICANT: 'Applicant',
    REVIEWER: 'Reviewer',
    ADMIN: 'Administrator',
    OPERATOR: 'Photo-point operator',
  },
  languageNames: { 'zh-CN': '中文', 'en-US': 'English' },
};
