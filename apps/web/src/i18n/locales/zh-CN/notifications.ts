// The applicant's in-console notification centre.
export const notifications = {
  nav: '__',
};
