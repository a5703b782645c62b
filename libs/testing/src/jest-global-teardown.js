// Stops the containers the global setup started; the local processes stay up for the next run.
export default async function globalTeardown() {
  if (!globalThis.__PLATFORM_CONTAINERS__) return;
  const { stopContainers } = await import('./containers.js');
  await stopContainers(globalThis.__PLATFORM_CONTAINERS__);
}
