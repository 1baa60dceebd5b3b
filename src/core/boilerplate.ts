// Page furniture that is about the page, not the mission: never a source of facts.

const PATTERNS: readonly RegExp[] = [
  /^\s*(page\s+)?last\s+(modified|updated|reviewed|edited|revised)\b/i,
  /^\s*(page\s+)?(modified|updated|reviewed|edited|revised)\s*(on\b|:|\d)/i,
  /^\s*(published|posted|retrieved|accessed|printed|generated|created)\s*(on|:|at)\b/i,
  // Citation lines: `Retrieved 3 May 2021.`, `Archived from the original on …`.
  /^\s*(retrieved|accessed|archived)\b.{0,40}\d/i,
  /^\s*(date\s+(posted|published|modified)|last\s+update)\b/i,
  /copyright|©|all rights reserved/i,
  /^\s*(join|subscribe|sign\s+(up|in)|log\s*in|follow\s+us|share(\s+this)?|print(\s+this)?|e-?mail\s+(this|us)|skip\s+to|back\s+to\s+top|read\s+more|click\s+here|download|contact\s+us|cookie|privacy|terms\s+(of|and))\b/i,
  /^\s*find\s+an?\b.*\bjobs?\b/i,
  /\b(ZULU|GMT|UTC)\s*$/,
  /^\s*(page|slide)\s+\d+\s+(of|\/)\s+\d+\s*$/i,
];

/** True for navigation, footer and page-metadata lines (`Page last modified: 22-11-2017 …`). */
export function isBoilerplate(sentence: string): boolean {
  if (sentence.length > 400) return false;
  return PATTERNS.some((p) => p.test(sentence));
}
