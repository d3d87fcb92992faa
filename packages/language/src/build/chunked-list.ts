/**
 * An append-only list kept in blocks of fixed size, so that adding never copies what is already there. An array
 * grown by push copies itself each time it is full (about three times its final size in all); the pending
 * references of a file are ~700 rows of four values, made for every file and kept until the resolver runs.
 */
export class ChunkedList<T> {
  private static readonly size = 256;
  private readonly chunks: T[][] = [];
  private last: T[] = [];
  length = 0;

  push(value: T): void {
    const i = this.length % ChunkedList.size;
    if (i === 0) this.chunks.push((this.last = new Array<T>(ChunkedList.size)));
    this.last[i] = value;
    this.length++;
  }

  at(index: number): T {
    return this.chunks[(index / ChunkedList.size) | 0]![index % ChunkedList.size]!;
  }
}
