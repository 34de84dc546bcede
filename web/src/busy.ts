import { onPendingChange, pendingRequestCount } from './api.js';

/**
 * Counts the page's own work, so that "busy" covers the steps between requests too; `show` hears every change.
 * The page marks itself busy on the body, where the browser tests wait for it to settle.
 */
export function busyTracker(show: (busy: boolean) => void): (task: Promise<void>) => Promise<void> {
  let activeTasks = 0;
  const update = (): void => {
    const busy = activeTasks > 0 || pendingRequestCount() > 0;
    document.body.dataset.busy = String(busy);
    show(busy);
  };
  onPendingChange(update);
  update();
  return async (task) => {
    activeTasks += 1;
    update();
    try {
      await task;
    } finally {
      activeTasks -= 1;
      update();
    }
  };
}
