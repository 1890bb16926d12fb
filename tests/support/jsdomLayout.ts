import { act } from '@testing-library/react';

/**
 * Makes jsdom good enough for Fluent's keyboard handling in the test file that calls this (at its top
 * level), and quiet about container queries:
 * - jsdom's CSS parser does not know container queries (every browser WPQ supports does); Griffel
 *   reports each rule it could not insert. Only that message is filtered, everything else still shows.
 * - jsdom has no layout, so Fluent's keyboard handling (tabster) would think every element is hidden,
 *   ignore the arrow keys and send Tab to the body. Elements get the offset parent, and the body the
 *   size, that a browser would give them.
 */
export function fakeBrowserLayout(): void {
  const consoleError = console.error.bind(console);
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  beforeAll(() => {
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('There was a problem inserting the following rule: "@container')) return;
      consoleError(...args);
    });
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      }
    });
    const bodyRect = { x: 0, y: 0, top: 0, left: 0, width: 1024, height: 768, right: 1024, bottom: 768, toJSON: () => ({}) };
    jest.spyOn(document.body, 'getBoundingClientRect').mockReturnValue(bodyRect as DOMRect);
  });
  afterAll(() => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent);
    jest.restoreAllMocks();
  });
}

/** Lets timers, promises and animation frames due within `ms` milliseconds run, inside act(). */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
