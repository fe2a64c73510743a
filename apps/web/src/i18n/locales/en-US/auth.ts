// English: sign-in and registration.
import type { Messages } from '../zh-CN/index.ts';

export const auth: Messages['auth'] = {
  brand: {
    tagline: 'ICP access filing, all in one place',
    points: {
      apply: 'Applicants fill in details, upload materials, arrange the photo and follow progress online',
      review: 'Reviewers handle initial and second reviews within their deadlines',
      admin: 'Administrators follow the review workload and read the audit trail of every administrative action',
    },
  },
  login: {
    title: 'Sign in',
    heading: 'Sign in to Beian Console',
    intro: 'Use the email address and password you registered with.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    noAccount: 'No account yet?',
    registerLink: 'Create an account',
    signInToContinue: 'Please sign in. You will return to the page you were opening.',
  },
  register: {
    title: 'Register',
    heading: 'Create an account',
    intro: 'With an account you can submit ICP access filings online.',
    displayName: 'Name',
    displayNameHint: 'Reviewers and filing notifications use this name.',
    email: 'Email',
    emailHint: 'For signing in and for progress notifications.',
    password: 'Password',
    passwordHint: 'At least {{min}} characters; mix letters, digits and symbols.',
    submit: 'Create account',
    submitting: 'Creating account…',
    haveAccount: 'Already registered?',
    loginLink: 'Sign in',
  },
  checkEmail: {
    title: 'Check your email',
    heading: 'Check your email',
    sentTo: 'We have sent an email to {{email}}.',
    sent: 'We have sent an email to the address you entered.',
    openLink: 'Open the link in it to confirm your address and sign in. The link works for 24 hours.',
    notArrived: 'Nothing arrived? Look in your spam folder, or register again later to get a new link.',
    confirmed: 'Already confirmed?',
  },
  mailbox: {
    title: 'Simulated mailbox (demo)',
    intro:
      'No mail server is configured here, so no email actually leaves. You can read what was just sent to the address here.',
    open: 'Open the simulated mailbox',
    close: 'Close the simulated mailbox',
    waiting: 'Waiting for the email to arrive…',
    listLabel: 'Emails to {{email}}',
    sentAt: 'Sent {{at}} (Beijing time)',
  },
  verify: {
    title: 'Confirm your email',
    heading: 'Confirm your email',
    confirming: 'Confirming your address and signing you in…',
    invalid:
      'This link has expired or has already been used. If you confirmed already, sign in; otherwise register again to get a new link.',
    signIn: 'Sign in',
    registerAgain: 'Register again',
  },
  wait: {
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
  },
  rateLimited: 'Too many sign-in attempts. Try again in {{wait}}.',
  passwordStrength: {
    level: 'Password strength: {{level}}. {{verdict}}',
    levels: { veryWeak: 'very weak', weak: 'weak', fair: 'fair', strong: 'strong', veryStrong: 'very strong' },
    refused: 'Easy to guess (a common or leaked password, or a small change to one): it will be refused.',
    accepted: 'Good to use.',
  },
};
