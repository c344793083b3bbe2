import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components'
import {
  ArrowSyncCircleRegular,
  CalendarLtrRegular,
  ClipboardTaskListLtrRegular,
  DocumentTextRegular,
  PeopleTeamRegular,
  ContactCardRegular,
  HomeRegular,
  SearchRegular,
  SettingsRegular,
  type FluentIcon,
} from '@fluentui/react-icons'
import { Navigate, NavLink, Route, Routes, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { nb } from '../../../shared/strings/nb'
import { useShortcuts } from '../kit/use-shortcut'
import { CyclePage } from '../cycle/CyclePage'
import { MeetingsPage } from '../meetings/MeetingsPage'
import { RegisterPage } from '../register/RegisterPage'
import { StartPage } from '../start/StartPage'
import { SettingsPage } from '../settings/SettingsPage'
import { InvitationsPage } from '../invitations/InvitationsPage'
import { PlanPage } from '../plan/PlanPage'
import { CasesPage } from '../cases/CasesPage'
import { MeetingWorkspace } from '../agenda/MeetingWorkspace'
import { SearchDialog } from '../search/SearchDialog'
import { useState } from 'react'

const useStyles = makeStyles({
  root: { display: 'flex', height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  nav: {
    width: '212px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    gap: '2px',
  },
  brand: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}` },
  workspace: { display: 'block', color: tokens.colorNeutralForeground3, marginTop: '2px' },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: tokens.shadow2,
  },
  search: {
    width: '100%',
    margin: `0 0 ${tokens.spacingVerticalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground3,
    fontFamily: 'inherit',
    cursor: 'pointer',
  },
  icon: { fontSize: '20px' },
  key: { marginLeft: 'auto', color: tokens.colorNeutralForeground4, fontSize: tokens.fontSizeBase100 },
  spacer: { flex: 1 },
  main: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
})

type Area = keyof typeof nb.nav
const areas: { area: Exclude<Area, 'mainNavigation'>; path: string; icon: FluentIcon }[] = [
  { area: 'start', path: '/oversikt', icon: HomeRegular },
  { area: 'cycle', path: '/arshjul', icon: ArrowSyncCircleRegular },
  { area: 'meetings', path: '/moter', icon: CalendarLtrRegular },
  { area: 'cases', path: '/saker', icon: DocumentTextRegular },
  { area: 'participants', path: '/deltakere', icon: PeopleTeamRegular },
  { area: 'plan', path: '/handlingsplan', icon: ClipboardTaskListLtrRegular },
  { area: 'register', path: '/register', icon: ContactCardRegular },
  { area: 'settings', path: '/innstillinger', icon: SettingsRegular },
]

export function Shell({ workspaceName }: { workspaceName: string }) {
  const styles = useStyles()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [searching, setSearching] = useState(false)
  useShortcuts({
    ...Object.fromEntries(areas.map((a, i) => [`Alt+${i + 1}`, () => navigate(a.path)])),
    'Ctrl+K': () => setSearching(true),
  })

  const link = (a: (typeof areas)[number], index: number) => (
    <NavLink
      key={a.area}
      to={a.path}
      className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
    >
      <a.icon className={styles.icon} aria-hidden />
      {t(`nav.${a.area}`)}
      <span className={styles.key} aria-hidden>
        Alt+{index + 1}
      </span>
    </NavLink>
  )

  return (
    <div className={styles.root}>
      <nav className={styles.nav} aria-label={t('nav.mainNavigation')}>
        <div className={styles.brand}>
          <Subtitle2>{t('app.name')}</Subtitle2>
          <Caption1 className={styles.workspace}>{workspaceName}</Caption1>
        </div>
        <button
          type="button"
          className={mergeClasses(styles.link, styles.search)}
          aria-keyshortcuts="Control+K"
          onClick={() => setSearching(true)}
        >
          <SearchRegular className={styles.icon} aria-hidden />
          {t('search.label')}
          <span className={styles.key} aria-hidden>
            {t('search.shortcut')}
          </span>
        </button>
        {areas.slice(0, -1).map(link)}
        <div className={styles.spacer} />
        {link(areas[areas.length - 1], areas.length - 1)}
      </nav>
      <main className={styles.main}>
        <Routes>
          <Route path="/" element={<Navigate to="/oversikt" replace />} />
          <Route path="/oversikt" element={<StartPage />} />
          <Route path="/arshjul" element={<CyclePage />} />
          <Route path="/moter" element={<MeetingsPage />} />
          <Route path="/moter/:meetingId/*" element={<MeetingWorkspace />} />
          <Route path="/saker/*" element={<CasesPage />} />
          <Route path="/register/*" element={<RegisterPage />} />
          <Route path="/innstillinger" element={<SettingsPage />} />
          <Route path="/deltakere/*" element={<InvitationsPage />} />
          <Route path="/handlingsplan/*" element={<PlanPage />} />
          <Route path="*" element={<Navigate to="/oversikt" replace />} />
        </Routes>
      </main>
      <SearchDialog open={searching} onClose={() => setSearching(false)} />
    </div>
  )
}
