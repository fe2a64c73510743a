// Mobile numbers as lists and logs may show them: the operator prefix and the last four digits only.
export const maskMobile = (mobile: string): string => {
  const digits = mobile.replace(/\D/g, '').replace(/^86(?=\d{11}$)/, '');
  return digits.length < 7 ? '*'.repeat(digits.length) : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
};
