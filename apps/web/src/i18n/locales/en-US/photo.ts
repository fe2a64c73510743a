// The photo step (办理拍照) of the applicant's wizard.
export const photo = {
  approved: {
    title: 'Initial review passed',
    body: 'Your order passed the initial review at {{time}} (Beijing time). Please arrange the verification photo soon.',
  },
  status: {
    PHOTO_REJECTED:
      'The verification photo did not pass the second review. Take it again as the reasons say and submit it.',
    SECOND_REVIEW:
      'The verification photo has been submitted and is in the second review, which takes up to 1 working day.',
    beyond: 'The verification photo passed the second review. The filing is now “{{status}}”.',
  },
  order: {
    title: 'Order number',
    hint: 'Show this order number at the photo point: the staff find your order by it.',
    copy: 'Copy',
    copyLabel: 'Copy order number {{orderNo}}',
    copied: 'Order number copied.',
    copyFailed: 'Could not copy. Select the order number and copy it yourself.',
  },
  methods: {
    title: 'Ways to take the photo',
    intro: 'Choose any method marked available; the website principal takes the verification photo in person.',
    available: 'Available',
    unavailable: 'Not available',
    APP_CHECK: {
      title: 'Shanghai app check',
      condition:
        'For Shanghai filings whose website principal holds a resident ID card; an organisation’s websites must all have the same principal.',
      how: 'The website principal opens the check page on a phone and, as prompted, takes a photo holding the ID card and submits it: no photo point, no curtain.',
    },
    PHOTO_POINT: {
      title: 'Photo point',
      bring:
        'The website principal brings the original ID card and the order number to any designated photo point (not only in {{province}}); the photo is free.',
      operator:
        'The staff find the order by its number, take the photo there and upload it for you: you upload nothing yourself.',
    },
    CURTAIN: {
      title: 'Curtain by mail',
      free: 'Each account may request one free curtain, sent by SF Express; you keep it.',
      dispatch:
        'A request made on a working day before 16:00 (Beijing time) ships that day; one made later, at a weekend or on a holiday ships the next working day.',
      photo:
        'Once it arrives, the website principal stands in the middle of the curtain, face and the curtain’s lettering clearly visible, in good light.',
      upload: 'Upload the photo yourself: JPEG only, at most 2 MB.',
    },
  },
  next: {
    title: 'What happens next',
    review:
      'Once the photo is in, the second review takes up to 1 working day; you hear the result by email, SMS and in the console.',
    rejected: 'A photo that does not pass comes back with the reasons, so you can take it again.',
    bureau: 'After the second review the filing goes to the bureau for its review.',
  },
  notOpen: { back: 'See the submission' },
  loadFailed: 'Could not load the photo step: {{message}}',
  retry: 'Try again',
};
