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
  // Stamps and banners: `Updated: 3 May 2021`, `Local time: 14:05`, `Duration: April 2013 – June 2023`.
  /^\s*(updated|last\s+updated|local\s+time|duration|date|time|dateline|filed|byline|posted|source|photo|credit|image|caption)\s*:/i,
  /\blocal\s+time\b/i,
  // The same stamps run into a heading line before them: `UNMEE: … Eritrea Duration: July 2000 – …`.
  /\b(?:Duration|Updated|Last updated|Local time)\s*:/,
  // A masthead: `WORLD AFFAIRS WEEKLY, Spring 1993`, `THE MONITOR, March 1996`.
  /^\s*[A-Z][A-Z .&'’-]{3,40},\s+(?:(?:Spring|Summer|Autumn|Fall|Winter)\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*$/,
  // Photo captions: `Peacekeepers on patrol near Gao, pictured on 3 May 2019.`, `(Photo: …)`.
  /\b(pictured|photographed)\s+(on|in|at|here)\b/i,
  /\((?:UN\s+)?photo\b|^\s*photo\b/i,
  /^\s*By\s+[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,3}\s*(?:,|\||$)/,
  // Navigation and sign-up lines.
  /^\s*(home|menu|search|newsletter|sign\s*up|subscribe|related|see\s+also|tags?|categories|share\s+on|follow|more\s+stories|latest\s+news)\b\s*[:|>»]/i,
  /\b(sign\s+up|subscribe)\s+(for|to)\s+(our|the)\b/i,
];

/** True for navigation, footer and page-metadata lines (`Page last modified: 22-11-2017 …`). */
export function isBoilerplate(sentence: string): boolean {
  if (sentence.length > 400) return false;
  return PATTERNS.some((p) => p.test(sentence));
}

// A dateline opens a wire story or a press release: where and when it was filed (`FREETOWN, Feb 8
// (Reuters) –`, `NEW YORK, 12 March 2019 —`). It is about the page, so its place is never asked.
const DATELINE =
  /^[ \t]*[A-Z][A-Za-z .'’-]{1,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\s*(?:\((?:Reuters|AFP|AP|IRIN|UN News|Xinhua|IPS|DPA)\)\s*)?[—–-]{1,2}/gm;

/** The text with every dateline's head blanked (same length, so offsets hold). */
export function blankDatelines(text: string): string {
  return text.replace(DATELINE, (m) => ' '.repeat(m.length));
}
