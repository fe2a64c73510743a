// English: the one-time page that creates the first administrator.
import type { Messages } from '../zh-CN/index.ts';

export const setup: Messages['setup'] = {
  title: 'Create the first administrator',
  heading: 'Create the first administrator',
  intro:
    'This is the one-time link the console printed at start; it works until {{expiresAt}} (Beijing time) and ends once used. Later accounts are opened by an administrator in the console.',
  checking: 'Checking the link…',
  noToken: {
    title: 'The link is incomplete',
    body: 'Copy the whole link the console printed at start (including the part after #) and open it again.',
  },
  form: {
    displayName: 'Name',
    email: 'Email',
    emailHint: 'The administrator signs in with this address and receives notices there.',
    password: 'Password',
    passwordHint:
      'At least {{min}} characters. Choose it yourself and keep it safe: the console never shows or sends it.',
    submit: 'Create administrator',
    submitting: 'Creating…',
  },
  done: {
    title: 'Administrator created',
    body: 'Sign in with {{email}} and the password you just chose.',
    signIn: 'Go to sign-in',
  },
};
