import { Caption1, makeStyles, mergeClasses, Radio, Subtitle2, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { AttendanceRow } from '../../../shared/cases'
import { useApiMutation } from '../api/hooks'
import { ErrorBar } from '../kit/ErrorBar'
import { RouteLink } from '../kit/RouteLink'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', position: 'relative' },
  th: {
    textAlign: 'center',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    padding: '0 2px',
    width: '58px',
  },
  nameHead: { textAlign: 'left' },
  row: { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  name: { padding: `2px 0`, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  unknown: { color: tokens.colorNeutralForeground3 },
  cell: { textAlign: 'center', padding: 0 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
})

interface Props {
  meetingId: number
  attendance: AttendanceRow[]
  /** Approved minutes: attendance is part of what is locked. */
  readOnly: boolean
}

/**
 * Who is on the meeting's list, each til stede, fraværende, or not yet registered (neither
 * chosen), with apologies and who came for whom. A compact two-column checklist; the full list
 * (answers, substitutes, arrivals per item) is under Deltakere, where the same data is edited.
 */
export function AttendanceList({ meetingId, attendance, readOnly }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const set = useApiMutation('invitations.setAttendance')
  const present = attendance.filter((a) => a.present === true).length
  const absent = attendance.filter((a) => a.present === false).length
  const unknown = attendance.length - present - absent
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{t('agenda.minutes.attendance')}</Subtitle2>
        <Caption1>{t('agenda.minutes.count', { present, total: attendance.length })}</Caption1>
      </div>
      {attendance.length === 0 ? (
        <Caption1 className={styles.muted}>{t('agenda.minutes.noMembers')}</Caption1>
      ) : (
        <>
          <Caption1 className={styles.muted}>{t('agenda.minutes.countDetail', { absent, unknown })}</Caption1>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={mergeClasses(styles.th, styles.nameHead)} style={{ width: 'auto' }}>
                  <span className={styles.muted}>{t('fields.name')}</span>
                </th>
                <th className={styles.th}>{t('agenda.minutes.present')}</th>
                <th className={styles.th}>{t('agenda.minutes.absent')}</th>
              </tr>
            </thead>
            <tbody>
              {attendance.map((a) => (
                <tr key={a.personId} className={styles.row}>
                  <td className={mergeClasses(styles.name, a.present === null && styles.unknown)}>
                    {a.name}
                    {a.function && <Caption1 className={styles.muted}> · {a.function}</Caption1>}
                    {a.deputyFor && (
                      <Caption1 className={styles.muted}>
                        {' '}
                        · {t('agenda.minutes.deputyFor', { name: a.deputyFor.name })}
                      </Caption1>
                    )}
                    {a.apologies && <Caption1 className={styles.muted}> · {t('agenda.minutes.apologies')}</Caption1>}
                    {a.present === null && <span className={styles.hidden}> ({t('agenda.minutes.unregistered')})</span>}
                  </td>
                  {([true, false] as const).map((value) => (
                    <td key={String(value)} className={styles.cell}>
                      <Radio
                        name={`attendance-${a.personId}`}
                        value={String(value)}
                        checked={a.present === value}
                        disabled={readOnly}
                        aria-label={t(value ? 'agenda.minutes.presentOf' : 'agenda.minutes.absentOf', {
                          name: a.name,
                        })}
                        onChange={() =>
                          set.mutate({
                            meetingId,
                            personId: a.personId,
                            attendance: value ? 'present' : 'absent',
                            arrivedAtItemId: null,
                            leftAfterItemId: null,
                          })
                        }
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <RouteLink to={`/deltakere/${meetingId}`}>{t('agenda.minutes.fullList')}</RouteLink>
      <ErrorBar message={set.error?.message} />
    </div>
  )
}
