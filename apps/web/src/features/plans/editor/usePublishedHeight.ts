import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps `property` on the closest `scope` ancestor equal to the element's height in pixels, so
 * CSS elsewhere in that ancestor can place itself below the element (e.g. a second sticky bar).
 */
export function usePublishedHeight<T extends HTMLElement>(property: string, scope: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const ancestor = element?.closest<HTMLElement>(scope);
    if (!element || !ancestor) return;
    const publish = () =>
      ancestor.style.setProperty(property, `${element.getBoundingClientRect().height}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      ancestor.style.removeProperty(property);
    };
  }, [property, scope]);
  return ref;
}
