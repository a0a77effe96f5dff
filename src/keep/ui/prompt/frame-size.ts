// Runs in: our framed pages. The host sizes our frame to our content (up to its maximum), so the
// card takes no more of the shop's page than it needs.
import { useEffect } from 'preact/hooks';
import type { ParentLink } from '../../../inpage/ui/parent-link';

export function useFrameSize(link: ParentLink | null): void {
  useEffect(() => {
    if (!link) return;
    const observer = new ResizeObserver(() => link.size(document.documentElement.scrollHeight));
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [link]);
}
