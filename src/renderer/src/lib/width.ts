import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that reports an element's width (its content box, in CSS pixels) whenever it changes.
 * Unlike `bind:clientWidth`, it never reads the width itself: a chart mounted into a screen being
 * built would force a layout of the whole page each time. A ResizeObserver reports once after the
 * next layout, before that frame is painted, and every chart's first report comes in the same batch.
 * Where there is no ResizeObserver (tests), the caller's guess stands.
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      set(Math.round(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
