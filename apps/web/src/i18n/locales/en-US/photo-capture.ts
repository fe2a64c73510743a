// Choosing, converting and shrinking a verification photo in the browser, and what a good photo shows.
export const photoCapture = {
  takePhoto: 'Take a photo',
  choosePhoto: 'Choose a photo',
  chooseFromFiles: 'Choose from the album or files',
  chooseAgain: 'Choose again',
  accepts:
    'JPEG, PNG and HEIC (iPhone) photos are accepted. A photo that is not a JPEG or is over 2 MB is converted and shrunk on this page; the original is not uploaded.',
  preparing: 'Preparing the photo…',
  previewAlt: 'Preview of the verification photo to upload',
  keptAsIs: 'The photo is a JPEG of {{size}}: it meets the rules.',
  converted: 'Converted to JPEG and shrunk: {{before}} → {{after}}.',
  notAnImage: 'The chosen file is not a photo (JPEG, PNG or HEIC). Choose another.',
  unreadable: 'This photo cannot be read; it may be damaged. Take it again or choose another.',
  tooLarge: 'Even shrunk, the photo is over 2 MB. Take it again (not in burst or maximum-resolution mode).',
  guide: {
    title: 'How to take the photo',
    sampleLabel:
      'Sample photo: the principal, half body and facing the camera, in front of the curtain; face and wording clearly visible',
    sampleCurtain: 'Verification curtain',
    common: {
      halfBody:
        'The website principal in person, half body, facing the camera, both shoulders in the picture, centred.',
      face: 'The whole face clearly visible: no hat, sunglasses or mask, hair off the face, even light.',
      noFilter: 'No beauty mode or filters; not cropped, combined or edited in any way.',
      notMirrored: 'Not mirrored (turn off "mirror front camera"): any writing in the photo must read normally.',
      recent: 'Taken today; not a photo of a screen or an old photo.',
    },
    CURTAIN: {
      curtain: 'Stand in the middle of the curtain, with its wording whole and not hidden by your body.',
    },
    APP_CHECK: {
      plain: "In front of a light, plain background, with the phone about an arm's length from the face.",
    },
    PHOTO_POINT: {
      point: "In front of the point's curtain, its wording whole; the original ID was checked in person first.",
    },
  },
};
