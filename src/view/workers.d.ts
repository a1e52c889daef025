/** Vite bundles a module imported with `?worker&inline` as a Web Worker carried inside the chunk. */
declare module '*?worker&inline' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
