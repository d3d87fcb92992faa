/**
 * Imports a module that may not exist yet (a generator another part of the toolchain adds), returning undefined
 * instead of failing, so `ccp build` can skip that artifact with a clear line. The specifier is a variable on
 * purpose: the compiler does not require the module to exist.
 */
export async function optionalModule<T>(specifier: string): Promise<Partial<T> | undefined> {
  try {
    return (await import(specifier)) as Partial<T>;
  } catch {
    return undefined;
  }
}
