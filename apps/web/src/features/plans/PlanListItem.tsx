import { Fragment, useId } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { localeDirection } from '@jumelage/contracts/constants';
import type { Plan, PlanAbilities } from '@jumelage/contracts/plans';
import { languageOfBlock, letterDirection } from '@jumelage/editor/script';
import { autonym } from '../../components/LanguageSelect.tsx';
import { path } from '../../lib/api.ts';
import { useFormat } from '../users/useFormat.ts';
import { collabEditorChunk } from './editorChunk.ts';
import { formatSize } from './formatSize.ts';
import { endsSentence, previewBlocks, type PreviewBlock } from './planPreview.ts';

interface PlanListItemProps {
  plan: Plan;
  abilities: PlanAbilities;
  onRename: () => void;
  onDelete: () => void;
}

const preloadEditor = () => void collabEditorChunk.preload().catch(() => undefined);

/**
 * The preview's blocks on one run of text, each isolated in its own direction (an Arabic block
 * before a German one would otherwise reorder the German words) and in its own language when it
 * is not the plan's: the one its writers marked, else Arabic for Arabic letters. A block that does
 * not end a sentence (a heading: "Ausgangslage") is set off from the next, or it read as the first
 * words of the paragraph after it: by " · " on screen and a full stop for screen readers.
 */
function PreviewText({ blocks, locale }: { blocks: PreviewBlock[]; locale: Plan['locale'] }) {
  return blocks.map((block, index) => (
    <Fragment key={index}>
      <bdi lang={languageOfBlock(block.text, block.language, locale)}>{block.text}</bdi>
      {index < blocks.length - 1 ? (
        endsSentence(block.text) ? (
          ' '
        ) : (
          <>
            <span className="visually-hidden">.</span> <span aria-hidden="true">· </span>
          </>
        )
      ) : null}
    </Fragment>
  ));
}

/**
 * The direction the preview runs in: that of its first letter, as `dir="auto"` would read it if
 * it looked inside the blocks' <bdi> (it skips them, so an Arabic preview ran left to right with
 * its first block at the far end); without letters, the plan language's.
 */
const previewDirection = (blocks: PreviewBlock[], locale: Plan['locale']) =>
  letterDirection(blocks.map((block) => block.text).join('\n')) ?? localeDirection(locale);

/** One plan: title (opens the editor), template, language, preview, last change and size. */
export function PlanListItem({ plan, abilities, onRename, onDelete }: PlanListItemProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const titleId = useId();
  const when = format.dateTime(plan.updatedAt);
  const blocks = previewBlocks(plan);
  const hasPreview = blocks.length > 0;

  return (
    <li className="plan-card card" aria-labelledby={titleId} data-plan-id={plan.id}>
      <h3 id={titleId} className="plan-card__title">
        <Link
          href={path`/p/${plan.partnershipId}/plans/${plan.id}`}
          onPointerEnter={preloadEditor}
          onFocus={preloadEditor}
        >
          {/* In the plan's language (hyphenation of long compounds in the card's narrow title). */}
          <bdi lang={plan.locale}>{plan.title}</bdi>
        </Link>
      </h3>
      <ul className="tags" aria-label={t('list.about')}>
        <li className="tag">{t(`templates.${plan.templateKey}`)}</li>
        <li className="tag" lang={plan.locale}>
          {autonym(plan.locale)}
        </li>
      </ul>
      <p
        className="plan-card__preview"
        dir={hasPreview ? previewDirection(blocks, plan.locale) : undefined}
        lang={hasPreview ? plan.locale : undefined}
      >
        {hasPreview ? (
          <PreviewText blocks={blocks} locale={plan.locale} />
        ) : (
          <span className="plan-card__empty">{t('list.emptyPreview')}</span>
        )}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('list.lastChange')}</dt>
          <dd>
            {plan.updatedBy
              ? t('list.changedBy', { when, name: plan.updatedBy.name })
              : t('list.notEdited', { when: format.dateTime(plan.createdAt) })}
          </dd>
        </div>
        <div>
          <dt>{t('list.size')}</dt>
          <dd>{formatSize(plan.sizeBytes, format.locale)}</dd>
        </div>
      </dl>
      {abilities.edit || abilities.delete ? (
        <div className="actions">
          {abilities.edit ? (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('list.renameLabel', { title: plan.title })}
              onClick={onRename}
            >
              {t('list.rename')}
            </button>
          ) : null}
          {abilities.delete ? (
            <button
              type="button"
              className="button button--danger-outline"
              aria-label={t('list.deleteLabel', { title: plan.title })}
              onClick={onDelete}
            >
              {t('list.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
