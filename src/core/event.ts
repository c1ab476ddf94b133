/** Something to let go of: a subscription, a timer, a watcher. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener; disposing what it returns unsubscribes it (VS Code's `Event` fits). */
export type Event<T> = (listener: (e: T) => void) => Disposable;

/** Fires an event to its listeners, in the order they subscribed. */
export class Emitter<T> implements Disposable {
  private listeners = new Set<(e: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(e: T): void {
    // A copy: a listener may subscribe or unsubscribe while the event is being told.
    for (const listener of [...this.listeners]) listener(e);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
