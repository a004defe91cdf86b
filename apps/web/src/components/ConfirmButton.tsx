import { useState, type ReactNode } from 'react';
import type { ErrorCode } from '@jumelage/contracts/constants';
import { useAction } from '../lib/useAction.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

interface ConfirmButtonProps {
  label: string;
  /** The question the confirmation asks, its confirming button, and what it explains. */
  title: string;
  confirmLabel: string;
  children: ReactNode;
  /** Runs once confirmed; the dialog stays open with the error if it fails. */
  action: () => Promise<void>;
  /** What to say for an error code instead of the general words (409: "make another owner first"). */
  errorMessages?: Partial<Record<ErrorCode, string>>;
  className?: string;
  /** Called as the dialog opens (e.g. to load what it should warn about only then). */
  onOpen?: () => void;
  /** data-* attributes of the button (e.g. for a page that moves the focus to it). */
  buttonData?: Record<`data-${string}`, string | boolean>;
}

/** A button whose action is asked about first (declining an invitation, calling a meeting off). */
export function ConfirmButton({
  label,
  title,
  confirmLabel,
  children,
  action,
  errorMessages,
  className = 'button button--secondary',
  buttonData,
  onOpen,
}: ConfirmButtonProps) {
  const [isAsking, setIsAsking] = useState(false);
  const confirmed = useAction(async () => {
    await action();
    setIsAsking(false);
  });
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          setIsAsking(true);
          onOpen?.();
        }}
        {...buttonData}
      >
        {label}
      </button>
      <ConfirmDialog
        isOpen={isAsking}
        title={title}
        confirmLabel={confirmLabel}
        isBusy={confirmed.isBusy}
        onConfirm={() => {
          if (!confirmed.isBusy) void confirmed.run();
        }}
        onCancel={() => {
          setIsAsking(false);
          confirmed.clearError();
        }}
      >
        {children}
        <ErrorMessage error={confirmed.error} messages={errorMessages} />
      </ConfirmDialog>
    </>
  );
}
