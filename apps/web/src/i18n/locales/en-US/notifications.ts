// The applicant's in-console notification centre: the navigation entry with its unread count, the page, and the
// words of each notification template (the API sends a template code and its parameters, never text).
export const notifications = {
  nav: 'Notifications',
  navUnread_one: 'Notifications, {{count}} unread',
  navUnread_other: 'Notifications, {{count}} unread',
  page: {
    title: 'Notifications',
    intro:
      'Every step of your filings is announced here, and by email and text message. Opening this page marks them read.',
    listLabel: 'Notifications',
    markAll: 'Mark all as read',
    markedAll: 'All notifications are marked as read.',
    markAllFailed: 'Could not mark them as read: {{message}}',
    loadFailed: 'The notifications could not be loaded: {{message}}',
    retry: 'Reload',
    emptyTitle: 'No notifications yet',
    emptyBody: 'When you submit a filing or its initial review has a result, we will tell you here.',
    limited: 'Only the latest {{limit}} notifications are shown.',
  },
  item: {
    unread: 'Unread',
    orderNo: 'Filing order',
    received: 'Received {{time}} (Beijing time)',
  },
  templates: {
    FILING_SUBMITTED: {
      title: 'Submitted for initial review',
      titleAgain: 'Submitted again for initial review',
      message:
        'The initial review will be completed by {{due}} (Beijing time). The order cannot be changed while it is reviewed.',
      noDue: 'The initial review usually takes one working day. The order cannot be changed while it is reviewed.',
    },
    INITIAL_APPROVED: {
      title: 'Initial review passed',
      message: 'The initial review has passed. Please go on to the photo verification.',
      action: 'Go to the photo verification',
    },
    INITIAL_REJECTED: {
      title: 'Initial review not passed',
      reasons: 'Reasons: {{reasons}}',
      message: 'Please correct the marked items and submit again.',
      action: 'View and correct',
    },
    IDLE_REMINDER: {
      title: 'Order about to expire',
      message_one:
        'Nothing has been done on this order for {{count}} day. It will expire at {{expiresAt}} (Beijing time), and you would then have to start the filing again.',
      message_other:
        'Nothing has been done on this order for {{count}} days. It will expire at {{expiresAt}} (Beijing time), and you would then have to start the filing again.',
      noExpiry:
        'Nothing has been done on this order for some days. An order left untouched for {{days}} days expires, and you would then have to start the filing again.',
      action: 'Continue the order',
    },
    FILING_EXPIRED: {
      title: 'Order expired',
      message:
        'Nothing was done on this order for {{days}} days, so it has expired. What you entered is kept. To file, start a new filing.',
      action: 'Start a new filing',
    },
    PHOTO_SUBMITTED: {
      title: 'Verification photo submitted',
      message: 'The second review will be completed by {{due}} (Beijing time).',
      noDue: 'The second review usually takes one working day.',
      action: 'See the photo step',
    },
    SECOND_APPROVED: {
      title: 'Second review passed',
      message:
        'The order is about to go to the Communications Administration. MIIT will text a code to the website principal; complete the SMS check within 24 hours.',
    },
    SECOND_REJECTED: {
      title: 'Verification photo not accepted',
      reasons: 'Reasons: {{reasons}}',
      message: 'Please take the photo again as the reasons say. A curtain you already received can be used again.',
      action: 'Retake the photo',
    },
    CURTAIN_SHIPPED: {
      title: 'Curtain shipped',
      message:
        'The curtain was shipped by SF Express, tracking number {{trackingNo}}. Once it arrives, take and upload the verification photo.',
      action: 'Upload the verification photo',
    },
    BUREAU_SUBMITTED: {
      title: 'Submitted to the bureau: confirm the MIIT text',
      titleAgain: 'Submitted to the bureau again: confirm the MIIT text',
      message:
        'MIIT has texted a code to the subject principal and each website principal. Before {{due}} (Beijing time), each of them enters their mobile number, the code and the last 6 characters of their certificate number on MIIT’s SMS verification page.',
      noDue:
        'MIIT has texted a code to the subject principal and each website principal. Within 24 hours, each of them enters their mobile number, the code and the last 6 characters of their certificate number on MIIT’s SMS verification page.',
      action: 'See the SMS check',
    },
    BUREAU_SMS_CONFIRMED: {
      title: 'MIIT SMS check complete',
      message: 'The bureau is reviewing the filing and is expected to decide by {{due}} (Beijing time).',
      noDue: 'The bureau is reviewing the filing; you will hear its decision.',
      action: 'See the progress',
    },
    BUREAU_SMS_FAILED: {
      title: 'The MIIT SMS check failed',
      DEADLINE: 'Not every verifier confirmed within 24 hours.',
      WRONG_CODES: 'A verifier entered a wrong code more than 5 times.',
      message:
        'You need not fill anything in again. Our reviewers will contact you and submit the filing to the bureau again; MIIT then texts new codes.',
      action: 'See the progress',
    },
    BUREAU_APPROVED: {
      title: 'Approved by the bureau: filing complete',
      message:
        'Subject filing number {{subjectFilingNo}}, website filing numbers {{websiteFilingNos}}. We are now listed as an access provider of the website.',
      action: 'See the filed details',
    },
    BUREAU_REJECTED: {
      title: 'Refused by the bureau',
      reason: 'The bureau’s reason: {{reason}}',
      message:
        'Change the subject, websites or materials as the reason asks and submit again; the filing then goes back to the initial review.',
      action: 'Edit and resubmit',
    },
  },
};
