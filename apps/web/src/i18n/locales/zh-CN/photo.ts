// The photo step (办理拍照) of the applicant's wizard.
export const photo = {
  nav: '__',
};
