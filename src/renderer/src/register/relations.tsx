import { Badge, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../shared/dates'
import type { Holding, Membership, SeatView } from '../../../shared/register'
import { DetailSection } from '../kit/DetailPane'

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexDirection: 'column', padding: `${tokens.spacingVerticalXXS} 0` },
  line: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    '& > .fui-Badge': { flexShrink: 0 },
  },
  name: { textAlign: 'left' },
  muted: { color: tokens.colorNeutralForeground3 },
  ended: { opacity: 0.6 },
})

export function Period({ from, to }: { from: string; to: string | null }) {
  const { t } = useTranslation()
  return (
    <>
      {to
        ? t('app.fromTo', { from: formatDate(from), to: formatDate(to) })
        : t('app.fromOnly', { from: formatDate(from) })}
    </>
  )
}

/** "Kari Nordmann" or "Kommunedirektør, Arendal kommune (Kari Nordmann)". */
export function seatText(seat: SeatView, vacant: string): string {
  if (seat.personId !== null) return seat.label
  return seat.holderName ? `${seat.label} (${seat.holderName})` : `${seat.label} (${vacant})`
}

function RelationList({
  title,
  empty,
  action,
  children,
  count,
}: {
  title: string
  empty: string
  action?: ReactNode
  children: ReactNode
  count: number | undefined
}) {
  const styles = useStyles()
  return (
    <DetailSection title={title} action={action}>
      {count === 0 ? (
        <Caption1 className={styles.muted}>{empty}</Caption1>
      ) : (
        <ul className={styles.list}>{children}</ul>
      )}
    </DetailSection>
  )
}

export interface EntryListItem {
  id: number
  primary: ReactNode
  secondary?: ReactNode
}

/** A titled list of register entries, one or two lines each, in a detail pane. */
export function EntryList({
  title,
  empty,
  items,
}: {
  title: string
  empty: string
  items: EntryListItem[] | undefined
}) {
  const styles = useStyles()
  return (
    <RelationList title={title} empty={empty} count={items?.length}>
      {items?.map((item) => (
        <li key={item.id} className={styles.item}>
          <span>{item.primary}</span>
          {item.secondary && <Caption1 className={styles.muted}>{item.secondary}</Caption1>}
        </li>
      ))}
    </RelationList>
  )
}

interface HoldingListProps {
  title: string
  empty: string
  holdings: Holding[] | undefined
  /** Show the role (on a person) or the person (on a role). */
  show: 'role' | 'person'
  action?: ReactNode
  extra?: (holding: Holding) => ReactNode
}

export function HoldingList({ title, empty, holdings, show, action, extra }: HoldingListProps) {
  const styles = useStyles()
  const { t } = useTranslation()
  return (
    <RelationList title={title} empty={empty} action={action} count={holdings?.length}>
      {holdings?.map((h) => (
        <li key={h.id} className={`${styles.item} ${h.toDate ? styles.ended : ''}`}>
          <span className={styles.line}>
            <span>{show === 'role' ? `${h.roleTitle}, ${h.organisationName}` : h.personName}</span>
            {!h.toDate && (
              <Badge appearance="tint" color="success" size="small">
                {t('register.roles.current')}
              </Badge>
            )}
            {extra?.(h)}
          </span>
          <Caption1 className={styles.muted}>
            <Period from={h.fromDate} to={h.toDate} />
          </Caption1>
        </li>
      ))}
    </RelationList>
  )
}

interface MembershipListProps {
  title: string
  empty: string
  memberships: Membership[] | undefined
  /** Show the body (on a person or role) or the member (on a body). */
  show: 'body' | 'member'
  action?: ReactNode
  onOpen?: (membership: Membership) => void
  extra?: (membership: Membership) => ReactNode
}

export function MembershipList({ title, empty, memberships, show, action, onOpen, extra }: MembershipListProps) {
  const styles = useStyles()
  const { t } = useTranslation()
  const vacant = t('register.roles.vacant')
  return (
    <RelationList title={title} empty={empty} action={action} count={memberships?.length}>
      {memberships?.map((m) => {
        const deputies = [
          ...(m.personalDeputy
            ? [`${t('register.bodies.personalDeputy')}: ${seatText(m.personalDeputy, vacant)}`]
            : []),
          ...m.deputies.map((d, i) => `${t('register.bodies.deputyRank', { rank: i + 1 })}: ${seatText(d, vacant)}`),
        ]
        return (
          <li key={m.id} className={`${styles.item} ${m.toDate ? styles.ended : ''}`}>
            <span className={styles.line}>
              {onOpen ? (
                <Link appearance="subtle" className={styles.name} onClick={() => onOpen(m)}>
                  {show === 'body' ? m.bodyName : seatText(m.member, vacant)}
                </Link>
              ) : (
                <span>{show === 'body' ? m.bodyName : seatText(m.member, vacant)}</span>
              )}
              <Badge appearance="outline" size="small">
                {t(`vocabulary.membershipFunction.${m.function}`)}
              </Badge>
              {extra?.(m)}
            </span>
            <Caption1 className={styles.muted}>
              {[m.representsName, <Period key="p" from={m.fromDate} to={m.toDate} />].filter(Boolean).map((part, i) => (
                <span key={i}>
                  {i > 0 && ' · '}
                  {part}
                </span>
              ))}
            </Caption1>
            {deputies.map((d) => (
              <Caption1 key={d} className={styles.muted}>
                {d}
              </Caption1>
            ))}
          </li>
        )
      })}
    </RelationList>
  )
}
