// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CourseProblems from './CourseProblems.svelte';

describe('the course problems notice', () => {
  it('names each problem by file, field and line', () => {
    render(CourseProblems, {
      courseTitle: 'MINUSMA',
      problems: [
        { file: '03-what-came-before.md', field: 'minutes', message: 'minutes must be a positive whole number' },
        { file: '04-forces.md', line: 3, message: 'front matter, bad indentation; this lesson was skipped' },
      ],
    });
    const notice = screen.getByRole('region', { name: 'Problems in MINUSMA' });
    const items = notice.querySelectorAll('li');
    expect(items[0]?.textContent).toBe('03-what-came-before.md, field minutes: minutes must be a positive whole number');
    expect(items[1]?.textContent).toBe('04-forces.md, line 3: front matter, bad indentation; this lesson was skipped');
  });

  it('shows nothing when the course loaded cleanly', () => {
    const { container } = render(CourseProblems, { courseTitle: 'MINUSMA', problems: [] });
    expect(container.querySelector('section')).toBeNull();
  });
});
