/** Whether the keyboard shortcut list is showing; opened by `?` or the Nav's "Keyboard shortcuts" button. */
class ShortcutsOverlay {
  isOpen = $state(false);

  show(): void {
    this.isOpen = true;
  }

  hide(): void {
    this.isOpen = false;
  }
}

export const shortcutsOverlay = new ShortcutsOverlay();
