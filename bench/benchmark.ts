/** One measurement printed by `npm run bench`. */
export interface Benchmark {
  name: string;
  /** What was measured, e.g. "40000 recommendations". */
  size: string;
  run(): Promise<void> | void;
}
