import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A table too wide for the screen scrolls sideways inside its own box instead of widening the
 * page. While it overflows, the box is a labelled group in the tab order, so keyboard users can
 * scroll it with the arrow keys and screen readers say what it holds (a group, not a region: the
 * section around it is already the landmark, under the same name).
 */
export function TableScroll({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const region = overflows ? { tabIndex: 0, role: "group", "aria-label": label } : {};
  return (
    <div ref={ref} className="relative max-w-full overflow-x-auto" data-testid={testId} data-overflows={overflows || undefined} {...region}>
      {children}
    </div>
  );
}
