import { type AddressInfo, createServer } from 'node:net';

/** A port the kernel has just handed out on loopback, so that two copies of the suite never pick the same one. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
