// Today on the Beijing calendar by the browser's clock: the web app's one "now" for rules that take a day
// (a certificate's birth date may not lie after it). The domain reads no clock of its own.
import { type Day, shanghaiDay } from '@beian/domain';

export const shanghaiToday = (): Day => shanghaiDay(new Date());
