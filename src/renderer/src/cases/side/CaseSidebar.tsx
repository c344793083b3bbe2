import { makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../../shared/cases'
import { AttachmentsPanel } from './AttachmentsPanel'
import { HandlingsPanel } from './HandlingsPanel'
import { LinksPanel } from './LinksPanel'
import { MatterPanel } from './MatterPanel'
import { ReferencesPanel } from './ReferencesPanel'

const useStyles = makeStyles({
  aside: {
    width: '380px',
    flexShrink: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 1180px)': {
      width: 'auto',
      overflow: 'visible',
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
})

/** Beside the document: its attachments, the matter's path through the bodies, its agendas and links. */
export function CaseSidebar({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  return (
    <aside className={useStyles().aside} aria-label={t('cases.page.side')}>
      <AttachmentsPanel caseId={detail.summary.id} attachments={detail.attachments} />
      <MatterPanel caseId={detail.summary.id} steps={detail.matter} />
      <HandlingsPanel handlings={detail.handlings} />
      <LinksPanel caseId={detail.summary.id} links={detail.links} />
      <ReferencesPanel caseId={detail.summary.id} references={detail.references} />
    </aside>
  )
}
