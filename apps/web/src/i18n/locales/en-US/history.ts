// A filing's history as the applicant reads it: review rounds and status changes.
export const history = {
  title: '__',
};
