import { Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components'
import {
  BuildingGovernmentRegular,
  CheckmarkCircleRegular,
  MailOffRegular,
  PeopleRegular,
  PersonQuestionMarkRegular,
  WarningRegular,
  type FluentIcon,
} from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { CountRow, InvitationList, InvitationWarningKind } from '../../../shared/invitations'
import { isCategory } from './rows'

const useStyles = makeStyles({
  root: {
    flex: 1,
    minHeight: 0,
    overflow: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1.15fr) minmax(0, 1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalXXL,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: 'right',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    padding: `4px ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    width: '76px',
  },
  thLabel: { textAlign: 'left', width: 'auto', paddingLeft: 0 },
  td: {
    textAlign: 'right',
    padding: `4px ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontVariantNumeric: 'tabular-nums',
  },
  tdLabel: { textAlign: 'left', paddingLeft: 0 },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  zero: { color: tokens.colorNeutralForeground4 },
  headline: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  headIcon: { fontSize: '24px', color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  warnings: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '6px' },
  warning: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  warnIcon: { fontSize: '16px', marginTop: '2px', flexShrink: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  okIcon: { fontSize: '16px', color: tokens.colorPaletteGreenForeground1 },
})

const warningIcon: Record<InvitationWarningKind, FluentIcon> = {
  noEmail: MailOffRegular,
  municipalityMissing: BuildingGovernmentRegular,
  regionMissing: BuildingGovernmentRegular,
  memberWithoutDeputy: PersonQuestionMarkRegular,
  quorum: PeopleRegular,
  ruleResolvesToNobody: WarningRegular,
  noSubstitute: PersonQuestionMarkRegular,
}

function CountTable({
  title,
  labelHeader,
  rows,
  total,
  labelOf,
}: {
  title: string
  labelHeader: string
  rows: CountRow[]
  total?: CountRow
  labelOf?: (row: CountRow) => string
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const cell = (n: number, extra?: string) => (
    <td className={mergeClasses(styles.td, n === 0 && styles.zero, extra)}>{n}</td>
  )
  const line = (row: CountRow, isTotal = false) => (
    <tr key={row.key} className={isTotal ? styles.total : undefined}>
      <th
        scope="row"
        className={mergeClasses(styles.td, styles.tdLabel, isTotal && styles.total)}
        style={{ fontWeight: isTotal ? undefined : 'normal' }}
      >
        {isTotal ? t('invitations.overview.total') : (labelOf?.(row) ?? row.label)}
      </th>
      {cell(row.invited, isTotal ? styles.total : undefined)}
      {cell(row.coming, isTotal ? styles.total : undefined)}
      {cell(row.declined, isTotal ? styles.total : undefined)}
      {cell(row.present, isTotal ? styles.total : undefined)}
    </tr>
  )
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <table className={styles.table} aria-label={title}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.thLabel)}>
              {labelHeader}
            </th>
            <th scope="col" className={styles.th}>
              {t('invitations.overview.invited')}
            </th>
            <th scope="col" className={styles.th}>
              {t('invitations.overview.coming')}
            </th>
            <th scope="col" className={styles.th}>
              {t('invitations.overview.declined')}
            </th>
            <th scope="col" className={styles.th}>
              {t('invitations.overview.present')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => line(r))}
          {total && line(total, true)}
        </tbody>
      </table>
    </section>
  )
}

/** The numbers a summary needs (as seed 003's table), municipalities represented, and what to act on. */
export function OverviewPanel({ list }: { list: InvitationList }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const { counts, warnings, quorum } = list
  const m = counts.municipalities
  return (
    <div className={styles.root}>
      <div className={styles.column}>
        <CountTable
          title={t('invitations.overview.byCategory')}
          labelHeader={t('invitations.overview.role')}
          rows={counts.byCategory}
          total={counts.total}
          labelOf={(r) => (isCategory(r.key) ? t(`invitationText.category.${r.key}`) : r.label)}
        />
        <section className={styles.section} aria-label={t('invitations.overview.municipalitiesTitle')}>
          <div className={styles.headline}>
            <BuildingGovernmentRegular className={styles.headIcon} aria-hidden />
            <Subtitle2 as="h2">
              {t('invitations.overview.municipalities', { represented: m.represented, total: m.total })}
            </Subtitle2>
          </div>
          <Caption1 className={styles.muted}>
            {counts.basis === 'present'
              ? t('invitations.overview.municipalitiesBasisPresent')
              : t('invitations.overview.municipalitiesBasisComing')}
          </Caption1>
          <Body1>
            {m.missing.length > 0
              ? t('invitations.overview.missing', { names: m.missing.join(', ') })
              : t('invitations.overview.allRepresented')}
          </Body1>
        </section>
        <CountTable
          title={t('invitations.overview.byRegion')}
          labelHeader={t('invitations.overview.region')}
          rows={counts.byRegion}
        />
      </div>
      <div className={styles.column}>
        <section className={styles.section} aria-label={t('invitations.overview.warnings')}>
          <Subtitle2 as="h2">{t('invitations.overview.warnings')}</Subtitle2>
          {warnings.length === 0 ? (
            <span className={styles.headline}>
              <CheckmarkCircleRegular className={styles.okIcon} aria-hidden />
              <Body1>{t('invitations.overview.noWarnings')}</Body1>
            </span>
          ) : (
            <ul className={styles.warnings}>
              {warnings.map((w, index) => {
                const Icon = warningIcon[w.kind] ?? WarningRegular
                return (
                  <li key={`${w.kind}-${index}`} className={styles.warning}>
                    <Icon className={styles.warnIcon} aria-hidden />
                    <Body1>{w.text}</Body1>
                  </li>
                )
              })}
            </ul>
          )}
        </section>
        {quorum && (
          <section className={styles.section} aria-label={t('invitations.overview.quorum')}>
            <Subtitle2 as="h2">{t('invitations.overview.quorum')}</Subtitle2>
            <Body1>{t('invitations.overview.quorumText', quorum)}</Body1>
          </section>
        )}
        <CountTable
          title={t('invitations.overview.byOrganisation')}
          labelHeader={t('invitations.overview.organisation')}
          rows={counts.byOrganisation}
        />
      </div>
    </div>
  )
}
