// English: the simulated phone beside the SMS code field (demo only: the SMS gateway is simulated).
export const simulatedPhone = {
  open: 'Show the simulated phone’s texts',
  close: 'Hide the simulated phone’s texts',
  intro: 'This demo sends no real texts. These are the texts about this order received by {{mobiles}}.',
  noMobiles: 'This demo sends no real texts. Enter and save a mobile number first.',
  waiting: 'Waiting for the text to arrive…',
  listLabel: 'Texts on the simulated phone',
  to: 'To {{mobile}}',
  sentAt: '{{at}} (Beijing time)',
};
