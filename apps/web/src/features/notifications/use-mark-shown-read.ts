// Opening the centre reads what it shows: once the unread notifications are on screen they are marked read, each
// once per visit, so the badge drops while the marks stay visible until the next visit.
import type { Notification } from '@beian/contracts';
import { useEffect, useRef } from 'react';
import { useMarkNotificationsRead } from './notifications-api.ts';

export function useMarkShownRead(shown: readonly Notification[] | undefined): void {
  const { mutate } = useMarkNotificationsRead();
  const sent = useRef(new Set<string>());

  // An effect runs after the list is committed to the screen, which is what "read" means here. A failure is left
  // alone: the notifications stay unread and the next visit tries again.
  useEffect(() => {
    const ids = (shown ?? []).filter((n) => n.readAt === null && !sent.current.has(n.id)).map((n) => n.id);
    if (ids.length === 0) return;
    for (const id of ids) sent.current.add(id);
    mutate({ ids });
  }, [shown, mutate]);
}
