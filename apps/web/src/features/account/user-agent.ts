// Names the browser and the system of a session from its User-Agent, so a person recognises their devices. Only the
// common ones are told apart; anything else reads as an unknown browser or system.

export const BROWSERS = ['wechat', 'qq', 'uc', 'edge', 'opera', 'firefox', 'chrome', 'safari'] as const;
export const SYSTEMS = ['harmonyos', 'android', 'ios', 'windows', 'macos', 'chromeos', 'linux'] as const;
export type BrowserName = (typeof BROWSERS)[number];
export type SystemName = (typeof SYSTEMS)[number];

/** Systems go by their brand in every language. */
export const SYSTEM_NAMES: Record<SystemName, string> = {
  harmonyos: 'HarmonyOS',
  android: 'Android',
  ios: 'iOS',
  windows: 'Windows',
  macos: 'macOS',
  chromeos: 'ChromeOS',
  linux: 'Linux',
};

export type DeviceDescription = { browser: BrowserName | null; version: string | null; system: SystemName | null };

// Most specific first: Edge, Opera and the in-app browsers also call themselves Chrome and Safari.
const BROWSER_PATTERNS: [BrowserName, RegExp][] = [
  ['wechat', /MicroMessenger\/(\d+)/],
  ['qq', /MQQBrowser\/(\d+)|QQBrowser\/(\d+)/],
  ['uc', /UCBrowser\/(\d+)/],
  ['edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['opera', /OPR\/(\d+)/],
  ['firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['safari', /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
];

const SYSTEM_PATTERNS: [SystemName, RegExp][] = [
  ['harmonyos', /HarmonyOS|OpenHarmony/],
  ['android', /Android/],
  ['ios', /iPhone|iPad|iPod/],
  ['windows', /Windows/],
  ['macos', /Macintosh|Mac OS X/],
  ['chromeos', /CrOS/],
  ['linux', /Linux/],
];

export function describeUserAgent(userAgent: string | null): DeviceDescription {
  const ua = userAgent ?? '';
  let browser: BrowserName | null = null;
  let version: string | null = null;
  for (const [name, pattern] of BROWSER_PATTERNS) {
    const match = pattern.exec(ua);
    if (!match) continue;
    browser = name;
    version = match.slice(1).find(Boolean) ?? null;
    break;
  }
  const system = SYSTEM_PATTERNS.find(([, pattern]) => pattern.test(ua))?.[0] ?? null;
  return { browser, version, system };
}
