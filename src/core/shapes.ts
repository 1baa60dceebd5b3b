// Degenerate inputs that once made the engine quadratic: long runs of one mark, of `#`, of
// whitespace, and lists of thousands of items in one sentence. Shared by the property tests and
// the benchmark, which holds each 100 KB shape to a time bound.

/** Named texts of about `size` characters each. */
export function pathologicalShapes(size = 100_000): { name: string; text: string }[] {
  const run = (unit: string, tail = 'x'): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;
  const list = (item: (i: number) => string): string => {
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < size; i++) {
      const s = item(i);
      parts.push(s);
      n += s.length + 2;
    }
    return parts.join(', ') + '.';
  };
  return [
    { name: 'full stops', text: run('.') },
    { name: 'exclamation marks', text: run('!') },
    { name: 'question and stop', text: run('?.') },
    { name: 'stop and quote', text: run('."') },
    { name: 'hashes', text: run('#') },
    { name: 'hash lines', text: run('#'.repeat(40) + '\n') },
    { name: 'spaces', text: run(' ') },
    { name: 'tabs', text: run('\t', 'x.') },
    { name: 'newlines', text: run('\n') },
    { name: 'carriage returns', text: run('\r') },
    { name: 'no-break spaces', text: run('\u00a0') },
    { name: 'mixed whitespace', text: run(' \n\t') },
    { name: 'initials', text: run('A.', ' (UN) resolution 2100.') },
    { name: 'open tags', text: run('<a') },
    { name: 'link tails', text: run('](') },
    { name: 'image openers', text: run('![') },
    { name: 'month names', text: run('May ') },
    { name: 'dates', text: run('January 2013, ') },
    { name: 'figures list', text: list((i) => `${i + 1} peacekeepers`) },
    { name: 'resolutions list', text: list((i) => `resolution ${1000 + (i % 1500)}`) },
    { name: 'resolution numbers', text: 'resolutions 1' + run(', 2', '') },
  ];
}
