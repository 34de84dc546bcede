/** The simulation's clock: events by time, and events at the same time in the order they were scheduled, so a seed replays exactly. */
type Event = Readonly<{ at: number; order: number; happen: () => void }>;

export class EventQueue {
  now = 0;
  readonly #heap: Event[] = [];
  #scheduled = 0;

  at(time: number, happen: () => void): void {
    this.#heap.push({ at: time, order: (this.#scheduled += 1), happen });
    let child = this.#heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!earlier(this.#heap[child]!, this.#heap[parent]!)) break;
      [this.#heap[child], this.#heap[parent]] = [this.#heap[parent]!, this.#heap[child]!];
      child = parent;
    }
  }

  after(milliseconds: number, happen: () => void): void {
    this.at(this.now + milliseconds, happen);
  }

  /** Runs events in order until none is left or `done()` says so. */
  run(done: () => boolean): void {
    while (this.#heap.length > 0 && !done()) {
      const next = this.#take();
      this.now = next.at;
      next.happen();
    }
  }

  #take(): Event {
    const first = this.#heap[0]!;
    const last = this.#heap.pop()!;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < this.#heap.length && earlier(this.#heap[left]!, this.#heap[smallest]!)) smallest = left;
        if (right < this.#heap.length && earlier(this.#heap[right]!, this.#heap[smallest]!)) smallest = right;
        if (smallest === parent) break;
        [this.#heap[parent], this.#heap[smallest]] = [this.#heap[smallest]!, this.#heap[parent]!];
        parent = smallest;
      }
    }
    return first;
  }
}

const earlier = (left: Event, right: Event) => left.at < right.at || (left.at === right.at && left.order < right.order);
