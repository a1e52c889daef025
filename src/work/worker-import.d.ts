/** Vite turns `./file?worker` into a constructor of a worker running that file, bundled. */
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
