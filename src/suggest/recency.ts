type Link<T> = { item: T; newer: Link<T> | null; older: Link<T> | null };

/** Distinct items, the most recently touched first: a touch and a look at the first few cost the same however long it is. */
export class RecentFirst<T> {
  private readonly links = new Map<T, Link<T>>();
  private newest: Link<T> | null = null;

  touch(item: T): void {
    let link = this.links.get(item);
    if (link === this.newest && link) return;
    if (link) {
      if (link.newer) link.newer.older = link.older;
      if (link.older) link.older.newer = link.newer;
    } else {
      link = { item, newer: null, older: null };
      this.links.set(item, link);
    }
    link.newer = null;
    link.older = this.newest;
    if (this.newest) this.newest.newer = link;
    this.newest = link;
  }

  forget(item: T): void {
    const link = this.links.get(item);
    if (!link) return;
    if (link.newer) link.newer.older = link.older;
    if (link.older) link.older.newer = link.newer;
    if (this.newest === link) this.newest = link.older;
    this.links.delete(item);
  }

  /** Up to `count` items, most recent first. */
  first(count: number): T[] {
    const items: T[] = [];
    for (let link = this.newest; link && items.length < count; link = link.older) items.push(link.item);
    return items;
  }
}
