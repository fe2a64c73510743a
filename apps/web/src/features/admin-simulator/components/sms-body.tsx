// A text's body as sent, with the 6-digit code in it set in bold so a tester finds it at a glance.
import type { SimSmsOutbox } from '@beian/contracts';

type Message = SimSmsOutbox['messages'][number];

// Only these templates carry a code; elsewhere a run of six digits would be part of an order or tracking number.
const WITH_CODE = new Set(['VERIFY_CODE', 'MIIT_SMS_CHECK']);
const CODE = /(?<!\d)(\d{6})(?!\d)/;

export function SmsBody({ message }: { message: Message }) {
  const match = WITH_CODE.has(message.template) ? CODE.exec(message.body) : null;
  if (!match) return <>{message.body}</>;
  const start = match.index;
  const end = start + match[0].length;
  return (
    <>
      {message.body.slice(0, start)}
      <strong className="sim-code">{match[0]}</strong>
      {message.body.slice(end)}
    </>
  );
}
