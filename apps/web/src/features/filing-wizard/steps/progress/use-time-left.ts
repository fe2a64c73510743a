// Hours and minutes left until a deadline, read again every 30 seconds (the SMS check's 24 hours).
import { useEffect, useState } from 'react';

const TICK_MS = 30_000;

export function useTimeLeft(deadline: string | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [deadline]);
  if (!deadline) return null;
  const minutes = Math.max(0, Math.ceil((new Date(deadline).getTime() - now) / 60_000));
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60, over: minutes === 0 };
}
