// Runs in: content script. Where a framed page of ours may put itself (the guide moves away from
// what the user must click, and can be dragged: guide/core/placement.ts decides, in the frame).
// The host only keeps the box inside the window and big enough to be seen (anything that is not a
// number counts as 0).
export interface FrameBox { x: number; y: number; w: number; h: number }

const MIN = 40;

export function fitBox(m: { [field: string]: unknown }, win: Window): FrameBox {
  const within = (v: unknown, lo: number, hi: number) => Math.min(Math.max(Number(v) || 0, lo), Math.max(hi, lo));
  const w = within(m.w, MIN, win.innerWidth);
  const h = within(m.h, MIN, win.innerHeight);
  return { x: within(m.x, 0, win.innerWidth - w), y: within(m.y, 0, win.innerHeight - h), w, h };
}

export const boxCss = (b: FrameBox): string => `inset:${b.y}px auto auto ${b.x}px;width:${b.w}px;height:${b.h}px;`;
