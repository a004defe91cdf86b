import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog.tsx';

interface DiscardChangesDialogProps {
  isOpen: boolean;
  onDiscard: () => void;
  onKeep: () => void;
}

/**
 * Asked when a form with changes not saved is closed (Escape, ×, "cancel"): a form whose save
 * failed offline was dropped without a word when its dialog closed.
 */
export function DiscardChangesDialog({ isOpen, onDiscard, onKeep }: DiscardChangesDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('discardChanges.title')}
      confirmLabel={t('discardChanges.confirm')}
      onConfirm={onDiscard}
      onCancel={onKeep}
    >
      <p>{t('discardChanges.text')}</p>
    </ConfirmDialog>
  );
}

/**
 * Closing a form that has changes asks first: `requestClose` for Escape, × and "cancel", and the
 * props of the DiscardChangesDialog to render beside the form.
 */
export function useDiscardGuard(hasChanges: boolean, onClose: () => void) {
  const [isAsking, setIsAsking] = useState(false);
  return {
    requestClose: () => (hasChanges ? setIsAsking(true) : onClose()),
    discardDialog: { isOpen: isAsking, onDiscard: onClose, onKeep: () => setIsAsking(false) },
  };
}
