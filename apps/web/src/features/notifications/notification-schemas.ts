// The notification answers' schemas, loaded by notifications-api.ts when it first reads one (docs/decisions/049).
export { NotificationListSchema, UnreadCountSchema } from '@beian/contracts';
