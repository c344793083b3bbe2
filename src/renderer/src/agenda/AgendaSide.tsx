import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { Agenda } from '../../../shared/cases'
import type { Meeting } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { addMinutes, minutesBetween, stampParts } from './format'

const useStyles = makeStyles({
  pane: {
    width: '320px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  records: { margin: `0 -${tokens.spacingHorizontalS}` },
  list: {
    margin: 0,
    padding: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  entry: { display: 'grid', gridTemplateColumns: '108px 1fr', columnGap: tokens.spacingHorizontalS },
  entryNumber: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
})

interface Props {
  meeting: Meeting
  agenda: Agenda
  noticeSentAt: string | null
}

/** Beside the agenda: where the notice stands, what was sent, and a programme's span. */
export function AgendaSide({ meeting, agenda, noticeSentAt }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const { items, notices } = agenda
  const cases = items.filter((i) => i.kind === 'case').length
  const due = meeting.deadlines.find((d) => d.kind === 'notice')

  // A programme's span runs from the first start to the end of the last timed item.
  const timedItems = items.filter((i) => i.startTime !== null && !i.withdrawn && !i.postponed)
  const last = timedItems[timedItems.length - 1]
  const programmeEnd = last?.startTime ? addMinutes(last.startTime, last.durationMinutes ?? 0) : null
  const beyondEnd = programmeEnd !== null && minutesBetween(programmeEnd, meeting.endTime) < 0

  return (
    <aside className={styles.pane} aria-label={t('agenda.notice.section')}>
      <section className={styles.section} aria-label={t('agenda.notice.section')}>
        <Subtitle2 as="h2">{t('agenda.notice.section')}</Subtitle2>
        {noticeSentAt ? (
          <Body1>{t('agenda.notice.fixedNow')}</Body1>
        ) : (
          <>
            <Body1>{t('agenda.notice.notSent')}</Body1>
            {due && (
              <Caption1 className={styles.muted}>{t('agenda.notice.due', { date: formatDate(due.date) })}</Caption1>
            )}
          </>
        )}
        {items.length > 0 && (
          <Caption1 className={styles.muted}>{t('agenda.list.counts', { cases, items: items.length })}</Caption1>
        )}
      </section>
      {programmeEnd && timedItems[0]?.startTime && (
        <section className={styles.section}>
          <Body1>{t('agenda.list.programmeSpan', { from: timedItems[0].startTime, to: programmeEnd })}</Body1>
          {beyondEnd && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('agenda.list.beyondEnd', { end: meeting.endTime })}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      {notices.length > 0 && (
        <section className={styles.section} aria-label={t('agenda.notice.records')}>
          <Subtitle2 as="h2">{t('agenda.notice.records')}</Subtitle2>
          <Accordion multiple collapsible className={styles.records}>
            {notices.map((n, index) => {
              const when = stampParts(n.sentAt)
              return (
                <AccordionItem key={`${n.sentAt}-${index}`} value={index}>
                  <AccordionHeader size="small">
                    {n.kind === 'notice' ? t('agenda.notice.recordNotice', when) : t('agenda.notice.recordLate', when)}
                    <Caption1 className={styles.muted}>
                      &nbsp;· {t('agenda.notice.recordItems', { count: n.agenda.length })}
                    </Caption1>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ol className={styles.list}>
                      {n.agenda.map((entry, i) => (
                        <li key={i} className={styles.entry}>
                          <Caption1 className={styles.entryNumber}>{entry.numberLabel ?? ''}</Caption1>
                          <Caption1>{entry.title}</Caption1>
                        </li>
                      ))}
                    </ol>
                  </AccordionPanel>
                </AccordionItem>
              )
            })}
          </Accordion>
        </section>
      )}
    </aside>
  )
}
