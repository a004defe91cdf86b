import type { ReactNode } from 'react';

// Toolbar icons: 20x20 strokes in the text colour. Letters (B, I, S, H1…) are styled text instead.

function Svg({ children, isMirrored = false }: { children: ReactNode; isMirrored?: boolean }) {
  return (
    <svg
      className={isMirrored ? 'plan-icon plan-icon--mirrored' : 'plan-icon'}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const icons = {
  bulletList: (
    <Svg isMirrored>
      <circle cx="4" cy="5" r="1" fill="currentColor" />
      <circle cx="4" cy="10" r="1" fill="currentColor" />
      <circle cx="4" cy="15" r="1" fill="currentColor" />
      <path d="M8 5h9M8 10h9M8 15h9" />
    </Svg>
  ),
  orderedList: (
    <Svg isMirrored>
      <path d="M3 3.5h1.5v4M3 7.5h3M3 12.5c0-1 3-1 3 .5S3 15 3 16.5h3M9 5h8M9 10h8M9 15h8" />
    </Svg>
  ),
  taskList: (
    <Svg isMirrored>
      <rect x="2.5" y="3" width="5" height="5" rx="1" />
      <path d="M3.8 5.6l1 1 1.8-2M2.5 12h5v5h-5zM10 5.5h7.5M10 14.5h7.5" />
    </Svg>
  ),
  blockquote: (
    <Svg isMirrored>
      <path d="M3 4v12M7 6h10M7 10h10M7 14h6" />
    </Svg>
  ),
  link: (
    <Svg>
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
    </Svg>
  ),
  unlink: (
    <Svg>
      <path d="M13 12.5l3-3a3.5 3.5 0 0 0-5-5l-1.5 1.5M7 7.5l-3 3a3.5 3.5 0 0 0 5 5l1.5-1.5M3 3l14 14" />
    </Svg>
  ),
  table: (
    <Svg>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" />
      <path d="M2.5 8h15M2.5 12.3h15M7.5 8v8.5M12.5 8v8.5" />
    </Svg>
  ),
  undo: (
    <Svg isMirrored>
      <path d="M7 4L3 8l4 4M3 8h9a5 5 0 0 1 0 10H9" />
    </Svg>
  ),
  redo: (
    <Svg isMirrored>
      <path d="M13 4l4 4-4 4M17 8H8a5 5 0 0 0 0 10h3" />
    </Svg>
  ),
  auto: (
    <Svg>
      <path d="M5 4h10M7 8h6M5 12h10M3 16.5l2-1.5-2-1.5M17 13.5l-2 1.5 2 1.5M5 15h10" />
    </Svg>
  ),
  ltr: (
    <Svg>
      <path d="M3 4h12M3 8h8M3 12h12M3 16h11M12 13.5l2.5 2.5-2.5 2.5" />
    </Svg>
  ),
  rtl: (
    <Svg>
      <path d="M5 4h12M9 8h8M5 12h12M6 16h11M8 13.5L5.5 16 8 18.5" />
    </Svg>
  ),
} as const;
