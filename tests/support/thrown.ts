/**
 * Runs `run` and returns the error of class `type` it must throw. Any other error is thrown on; no
 * error at all fails the test.
 */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
