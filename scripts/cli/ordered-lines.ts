/**
 * Prints lines keyed by name in a fixed order, whatever order they arrive in: a line waits until every
 * name before it has printed. Names outside the order print as they come; `flush()` prints what is left
 * (a step that failed or never ran leaves a gap that must not hold the rest back).
 */
export class OrderedLines {
  private readonly waiting = new Map<string, string>();
  private next = 0;

  constructor(
    private readonly order: readonly string[],
    private readonly print: (line: string) => void,
  ) {}

  add(name: string, line: string): void {
    if (!this.order.includes(name)) {
      this.print(line);
      return;
    }
    this.waiting.set(name, line);
    for (let name = this.order[this.next]; name !== undefined && this.waiting.has(name); name = this.order[++this.next]) {
      this.print(this.waiting.get(name) as string);
      this.waiting.delete(name);
    }
  }

  flush(): void {
    for (const name of this.order.slice(this.next)) {
      const line = this.waiting.get(name);
      if (line !== undefined) this.print(line);
    }
    this.waiting.clear();
    this.next = this.order.length;
  }
}
