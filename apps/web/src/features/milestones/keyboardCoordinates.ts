import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { milestoneStatuses } from '@jumelage/contracts/constants';

const isColumn = (id: unknown) => milestoneStatuses.some((status) => status === id);

/**
 * Arrow keys while dragging by keyboard. Up and down are dnd-kit's sortable steps. Left and right
 * jump to the next column on screen: dnd-kit's own getter would also accept the card's own column
 * (its edge lies beyond the card's), and so stall. Measuring on screen makes the arrows follow
 * what the user sees in either direction: in Arabic, ArrowLeft goes from "planned" (on the right)
 * to "in progress" without flipping anything.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== KeyboardCode.Left && event.code !== KeyboardCode.Right) {
    return sortableKeyboardCoordinates(event, args);
  }
  event.preventDefault();
  const { active, collisionRect, droppableRects, droppableContainers } = args.context;
  if (!active || !collisionRect) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  const isLeft = event.code === KeyboardCode.Left;
  let best: { left: number; top: number; height: number; distance: number } | null = null;
  for (const entry of droppableContainers.getEnabled()) {
    const rect = isColumn(entry.id) ? droppableRects.get(entry.id) : undefined;
    if (!rect) continue;
    const columnCentre = rect.left + rect.width / 2;
    const distance = isLeft ? centre - columnCentre : columnCentre - centre;
    // More than half a card away: the card's own column (which contains it) never qualifies.
    if (distance <= collisionRect.width / 2) continue;
    if (!best || distance < best.distance) {
      const left = rect.left + Math.max(0, rect.width - collisionRect.width) / 2;
      best = { left, top: rect.top, height: rect.height, distance };
    }
  }
  if (!best) return undefined;
  const lowest = best.top + Math.max(0, best.height - collisionRect.height);
  return { x: best.left, y: Math.min(Math.max(collisionRect.top, best.top), lowest) };
};
