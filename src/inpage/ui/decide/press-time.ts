// Runs in: our pages that take decisive clicks. When the press behind a click began. A click is
// complete at the release, but the user chose to click before pressing: the look a decisive click
// needs (use-decision-gate.ts) must be whole at the press, or the time a button is held down
// would count as time spent looking at what lies under it. A click from the keyboard (Enter,
// Space: `detail` 0) has no press of the pointer and is timed as itself.

export interface Presses {
  /** The time of the trusted pointer press that began `click`, else the click's own time. */
  pressedAt(click: Event): number;
  stop(): void;
}

export function watchPresses(doc: Document): Presses {
  let down: number | null = null;
  const onDown = (event: Event) => {
    if (event.isTrusted) down = event.timeStamp;
  };
  doc.addEventListener('pointerdown', onDown, { capture: true });
  return {
    pressedAt(click) {
      const byPointer = (click as MouseEvent).detail > 0;
      return byPointer && down !== null && down <= click.timeStamp ? down : click.timeStamp;
    },
    stop: () => doc.removeEventListener('pointerdown', onDown, { capture: true }),
  };
}
