import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BodyInvitationSettings, InvitationList } from '../../../shared/invitations'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { ErrorBar } from '../kit/ErrorBar'
import { NumberField } from '../kit/NumberField'
import { useForm } from '../kit/use-form'
import { RuleDialog, type RuleOwner } from './RuleDialog'
import { SubstituteRuleDialog } from './SubstituteRuleDialog'

const useStyles = makeStyles({
  root: {
    flex: 1,
    minHeight: 0,
    overflow: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.2fr) minmax(0, 1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXXL,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sectionHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
  },
  titles: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  heading: { margin: 0 },
  narrow: { maxWidth: '340px' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyle: 'none' },
  rule: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `6px ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottom: 'none' },
  },
  ruleText: { flex: 1, minWidth: 0 },
  count: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  nobody: { color: tokens.colorPaletteDarkOrangeForeground1, whiteSpace: 'nowrap' },
  empty: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground3 },
  settings: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  saveLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
})

type Deleting = { kind: 'invitation' | 'substitute'; id: number; description: string }

/** The rules the list is made from: the body's standing rules and this meeting's own, told apart. */
export function RulesPanel({ list }: { list: InvitationList }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const owner: RuleOwner = {
    bodyId: list.meeting.bodyId,
    bodyShortCode: list.meeting.bodyShortCode,
    meetingId: list.meeting.id,
  }
  const [adding, setAdding] = useState<'body' | 'meeting' | 'substitute' | null>(null)
  const [deleting, setDeleting] = useState<Deleting | null>(null)
  const deleteRule = useApiMutation('invitationRules.delete')
  const deleteSubstitute = useApiMutation('substituteRules.delete')
  const deleteError = deleteRule.error?.message ?? deleteSubstitute.error?.message ?? null

  const reach = (count: number) =>
    count === 0 ? (
      <Caption1 className={styles.nobody}>{t('invitations.rules.reachesNobody')}</Caption1>
    ) : (
      <Caption1 className={styles.count}>{t('invitations.rules.reaches', { count })}</Caption1>
    )
  const deleteButton = (d: Deleting) => (
    <Button
      size="small"
      appearance="subtle"
      icon={<DeleteRegular />}
      aria-label={t('invitations.rules.delete', { rule: d.description })}
      onClick={() => {
        deleteRule.reset()
        deleteSubstitute.reset()
        setDeleting(d)
      }}
    />
  )

  const ruleSection = (origin: 'body' | 'meeting') => {
    const rules = list.rules.filter((r) => r.origin === origin)
    const title =
      origin === 'body'
        ? t('invitations.rules.bodyRules', { body: list.meeting.bodyShortCode })
        : t('invitations.rules.meetingRules')
    return (
      <section className={styles.section} aria-label={title}>
        <div className={styles.sectionHead}>
          <div className={styles.titles}>
            <Subtitle2 as="h3" className={styles.heading}>
              {title}
            </Subtitle2>
            <Caption1 className={styles.muted}>
              {origin === 'body' ? t('invitations.rules.bodyRulesHint') : t('invitations.rules.meetingRulesHint')}
            </Caption1>
          </div>
          <Button
            size="small"
            icon={<AddRegular />}
            aria-label={t('invitations.rules.addFor', { owner: title })}
            onClick={() => setAdding(origin)}
          >
            {t('invitations.rules.add')}
          </Button>
        </div>
        {rules.length === 0 ? (
          <Caption1 className={styles.empty}>{t('invitations.rules.noRules')}</Caption1>
        ) : (
          <ul className={styles.list}>
            {rules.map((r) => (
              <li key={r.id} className={styles.rule}>
                <Body1 className={styles.ruleText}>{r.description}</Body1>
                {reach(r.resolvedCount)}
                {deleteButton({ kind: 'invitation', id: r.id, description: r.description })}
              </li>
            ))}
          </ul>
        )}
      </section>
    )
  }

  const substituteTitle = t('invitations.rules.substitutes')
  return (
    <div className={styles.root}>
      <div className={styles.column}>
        <ErrorBar message={deleteError} />
        {ruleSection('body')}
        {ruleSection('meeting')}
      </div>
      <div className={styles.column}>
        <section className={styles.section} aria-label={substituteTitle}>
          <div className={styles.sectionHead}>
            <div className={styles.titles}>
              <Subtitle2 as="h3" className={styles.heading}>
                {substituteTitle}
              </Subtitle2>
              <Caption1 className={styles.muted}>{t('invitations.rules.substitutesHint')}</Caption1>
            </div>
            <Button
              size="small"
              icon={<AddRegular />}
              aria-label={t('invitations.rules.addSubstitute')}
              onClick={() => setAdding('substitute')}
            >
              {t('invitations.rules.add')}
            </Button>
          </div>
          {list.substituteRules.length === 0 ? (
            <Caption1 className={styles.empty}>{t('invitations.rules.noRules')}</Caption1>
          ) : (
            <ul className={styles.list}>
              {list.substituteRules.map((r) => (
                <li key={r.id} className={styles.rule}>
                  <Body1 className={styles.ruleText}>{r.description}</Body1>
                  <Badge size="small" appearance="tint" color={r.origin === 'body' ? 'informative' : 'brand'}>
                    {r.origin === 'body' ? t('invitations.rules.bodyBadge') : t('invitations.rules.meetingBadge')}
                  </Badge>
                  {deleteButton({ kind: 'substitute', id: r.id, description: r.description })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <BodySettings bodyId={list.meeting.bodyId} bodyShortCode={list.meeting.bodyShortCode} />
      </div>
      {(adding === 'body' || adding === 'meeting') && (
        <RuleDialog owner={owner} initialOrigin={adding} onClose={() => setAdding(null)} />
      )}
      {adding === 'substitute' && <SubstituteRuleDialog owner={owner} onClose={() => setAdding(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('invitations.rules.deleteTitle')}
        confirmLabel={t('app.delete')}
        busy={deleteRule.isPending || deleteSubstitute.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return
          const mutation = deleting.kind === 'invitation' ? deleteRule : deleteSubstitute
          try {
            await mutation.mutateAsync({ id: deleting.id })
          } finally {
            setDeleting(null)
          }
        }}
      >
        {deleting && t('invitations.rules.deleteBody', { rule: deleting.description })}
      </ConfirmDialog>
    </div>
  )
}

function BodySettings({ bodyId, bodyShortCode }: { bodyId: number; bodyShortCode: string }) {
  const settings = useApiQuery('invitations.settings', { id: bodyId })
  if (settings.error) return <ErrorBar message={settings.error.message} />
  if (!settings.data) return <Spinner size="tiny" />
  return <SettingsForm key={bodyId} settings={settings.data} bodyShortCode={bodyShortCode} />
}

function SettingsForm({ settings, bodyShortCode }: { settings: BodyInvitationSettings; bodyShortCode: string }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const form = useForm('invitations.saveSettings', settings)
  const [saved, setSaved] = useState(false)
  const title = t('invitations.rules.settings', { body: bodyShortCode })
  return (
    <section className={styles.section} aria-label={title}>
      <div className={styles.sectionHead}>
        <Subtitle2 as="h3" className={styles.heading}>
          {title}
        </Subtitle2>
      </div>
      <form
        className={styles.settings}
        onSubmit={async (event) => {
          event.preventDefault()
          setSaved((await form.submit()) !== null)
        }}
      >
        <ErrorBar message={form.error?.message} />
        <div className={styles.narrow}>
          <NumberField
            label={t('invitations.rules.quorum')}
            hint={t('invitations.rules.quorumHint')}
            min={1}
            max={500}
            value={form.values.quorum}
            onChange={(n) => {
              setSaved(false)
              form.set('quorum', n)
            }}
            validationMessage={form.fieldError('quorum')}
          />
        </div>
        <Switch
          label={t('invitations.rules.itemAttendance')}
          checked={form.values.itemAttendance ?? false}
          onChange={(_, d) => {
            setSaved(false)
            form.set('itemAttendance', d.checked)
          }}
        />
        <div className={styles.saveLine}>
          <Button type="submit" appearance="primary" size="small" disabled={form.busy}>
            {t('invitations.rules.saveSettings')}
          </Button>
          {saved && (
            <Caption1 className={styles.muted} role="status">
              {t('invitations.rules.settingsSaved')}
            </Caption1>
          )}
        </div>
      </form>
    </section>
  )
}
