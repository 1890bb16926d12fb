import '@testing-library/jest-dom';

// jsdom has no fetch, and @microsoft/teams-js calls fetch() when it is imported (it pre-loads a list of
// valid origins from a CDN). Rejecting makes it fall back to its built-in list and keeps tests offline.
if (typeof (globalThis as { fetch?: unknown }).fetch === 'undefined') {
  (globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('Network access is disabled in tests.'));
}

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
// With nothing to measure, an observer that never fires is the honest stand-in.
if (typeof (globalThis as { ResizeObserver?: unknown }).ResizeObserver === 'undefined') {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    public observe(): void {}
    public unobserve(): void {}
    public disconnect(): void {}
  };
}

// jsdom's CSS parser does not know container queries, so Griffel's inserts of the Model screen's
// `@container` rules log an error although the rule is fine in every browser WPQ supports (the
// browser tests check the real layout). Only that message is dropped; every other error still shows.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]): void => {
  if (typeof args[0] === 'string' && args[0].startsWith('There was a problem inserting the following rule: "@container ')) return;
  consoleError(...args);
};

// jsdom has no layout and no canvas. The charts (@fluentui/react-charts, through d3) measure SVG text
// to fit their axis labels and ask a canvas for text widths; stand-ins that give a plausible width
// (7 px a character) let them render as they would in a browser. The browser tests check the real look.
if (typeof SVGElement !== 'undefined' && !('getComputedTextLength' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getComputedTextLength', {
    configurable: true,
    value(this: SVGElement): number {
      return (this.textContent ?? '').length * 7;
    }
  });
}
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value: () => ({ font: '', measureText: (text: string) => ({ width: text.length * 7 }) })
  });
}
