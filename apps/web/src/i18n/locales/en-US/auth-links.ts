// English: the pages of the emailed account links: a forgotten password and its reset link, and a staff invitation.
import type { Messages } from '../zh-CN/index.ts';

export const authLinks: Messages['authLinks'] = {
  loginLink: 'Forgot your password?',
  forgot: {
    title: 'Forgot password',
    heading: 'Reset your password',
    intro: 'Enter the email of your account and we will send a link to choose a new password. It works for 60 minutes.',
    email: 'Email',
    submit: 'Send reset email',
    submitting: 'Sending…',
    sentTitle: 'Check your email',
    sent: 'If {{email}} belongs to an active account, a link to reset its password is on its way; it works for 60 minutes. Nothing arrived? Check the spam folder, or ask again later.',
    backToLogin: 'Back to sign-in',
  },
  reset: {
    title: 'Reset password',
    heading: 'Choose a new password',
    intro: 'Once you set a new password, every browser signed in to this account is signed out; sign in again with it.',
    password: 'New password',
    passwordHint: 'At least {{min}} characters; mix letters, digits and symbols.',
    submit: 'Save new password',
    submitting: 'Saving…',
    doneTitle: 'Password reset',
    done: 'Sign in with your new password.',
    signIn: 'Sign in',
    invalid: 'This reset link no longer works: it expired, was used, or a newer link replaced it. Ask for a new one.',
    requestAgain: 'Ask for a new link',
  },
  invite: {
    title: 'Accept invitation',
    heading: 'Join Beian Console',
    checking: 'Checking the invitation…',
    intro:
      '{{invitedBy}} invites you to join Beian Console as {{role}}. The invitation works until {{expiresAt}} (Beijing time).',
    point: 'You will work at “{{name}}”.',
    email: 'Sign-in email: {{email}}',
    displayName: 'Name',
    displayNameHint: 'Change it to the name you go by; other staff will see it.',
    password: 'Choose a password',
    passwordHint: 'At least {{min}} characters; mix letters, digits and symbols.',
    submit: 'Accept and sign in',
    submitting: 'Creating your account…',
    invalid:
      'This invitation link is not valid: it expired, was used or was withdrawn. Ask the administrator who invited you to send a new one.',
    signIn: 'Sign in',
  },
};
