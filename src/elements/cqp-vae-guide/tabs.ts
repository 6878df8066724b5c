/**
 * Keyboard moves of the WAI-ARIA tabs pattern, as a pure function: the element selects and focuses
 * the tab it returns (automatic activation). In a right-to-left page the arrows follow the visual
 * order, so ArrowLeft moves to the next tab.
 */
export function nextTabIndex(key: string, index: number, count: number, rtl = false): number | undefined {
  if (count < 1) return undefined;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return (index + 1) % count;
    case backward:
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
