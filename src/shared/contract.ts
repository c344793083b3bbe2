import type { z } from 'zod'
import type { Result } from './result'
import * as r from './register'
import type {
  Body,
  BodyDetail,
  Holding,
  Membership,
  Organisation,
  OrganisationDetail,
  Person,
  PersonDetail,
  Region,
  RegionDetail,
  Role,
  RoleDetail,
} from './register'
import { empty } from './schema-kit'
import * as w from './workspace'
import * as pd from './personal-data'
import type { ErasurePreview, ErasureResult } from './personal-data'
import * as c from './cycle'
import type {
  CalendarFile,
  CycleItem,
  DueItem,
  ExportedFile,
  GenerateResult,
  Meeting,
  MeetingDetail,
  Rhythm,
  WheelData,
} from './cycle'
import * as k from './cases'
import type {
  Agenda,
  Attachment,
  CaseDetail,
  CaseSummary,
  DocxImport,
  FollowUp,
  Minutes,
  OpenedFile,
  SearchHit,
} from './cases'
import * as d from './documents'
import type { ArchiveRecord, ArchiveResult, OrganisationProfile } from './documents'
import * as i from './invitations'
import type { BodyInvitationSettings, InvitationList, InvitationRule, SubstituteRule } from './invitations'
import * as p from './action-plan'
import type {
  PlanInputEntry,
  PlanLink,
  PlanMatrix,
  PlanNodeData,
  PlanSummary,
  Review,
  ReviewComparison,
  XlsxImportResult,
  XlsxPreview,
} from './action-plan'
import type { WorkspaceCounts, WorkspaceExport, WorkspaceStatus } from './workspace'
import * as b from './backups'
import type { BackupEntry, BackupSettings, RestoreResult } from './backups'

/**
 * Every operation the renderer can ask for, declared once: its name (`domain.verb`), its input
 * schema and its output type. Main implements them, the preload and the web client call them.
 */
interface Operation<S extends z.ZodType, O> {
  input: S
  /** Phantom: carries the output type, never read at run time. */
  output?: O
}

const op =
  <S extends z.ZodType>(input: S) =>
  <O>(): Operation<S, O> => ({ input })

export const contract = {
  'workspace.status': op(empty)<WorkspaceStatus>(),
  'workspace.create': op(w.createWorkspaceInput)<WorkspaceStatus>(),
  'workspace.rename': op(w.renameWorkspaceInput)<WorkspaceStatus>(),
  'workspace.export': op(empty)<WorkspaceExport>(),
  'workspace.inspectImport': op(w.importInput)<WorkspaceCounts>(),
  'workspace.import': op(w.importInput)<WorkspaceCounts>(),

  'regions.list': op(r.searchOnly)<Region[]>(),
  'regions.get': op(r.byId)<RegionDetail>(),
  'regions.save': op(r.regionInput)<Region>(),
  'regions.delete': op(r.byId)<null>(),

  'organisations.list': op(r.listFilter)<Organisation[]>(),
  'organisations.get': op(r.byId)<OrganisationDetail>(),
  'organisations.save': op(r.organisationInput)<Organisation>(),
  'organisations.delete': op(r.byId)<null>(),

  'people.list': op(r.listFilter)<Person[]>(),
  'people.get': op(r.byId)<PersonDetail>(),
  'people.save': op(r.personInput)<Person>(),
  'people.delete': op(r.byId)<null>(),
  'people.erasurePreview': op(r.byId)<ErasurePreview>(),
  'people.erase': op(pd.eraseInput)<ErasureResult>(),
  'people.restrict': op(pd.restrictInput)<Person>(),
  'people.accessReport': op(r.byId)<ExportedFile>(),

  'roles.list': op(r.listFilter)<Role[]>(),
  'roles.get': op(r.byId)<RoleDetail>(),
  'roles.save': op(r.roleInput)<Role>(),
  'roles.delete': op(r.byId)<null>(),
  'roles.assignHolder': op(r.holdingInput)<Holding>(),
  'roles.endHolding': op(r.endHoldingInput)<Holding>(),
  'roles.removeHolding': op(r.byId)<null>(),
  'roles.holdersOn': op(r.holderOnInput)<Holding[]>(),

  'bodies.list': op(r.listFilter)<Body[]>(),
  'bodies.get': op(r.byId)<BodyDetail>(),
  'bodies.save': op(r.bodyInput)<Body>(),
  'bodies.delete': op(r.byId)<null>(),

  'memberships.save': op(r.membershipInput)<Membership>(),
  'memberships.delete': op(r.byId)<null>(),

  'meetings.list': op(c.meetingsFilter)<Meeting[]>(),
  'meetings.get': op(r.byId)<MeetingDetail>(),
  'meetings.save': op(c.meetingInput)<Meeting>(),
  'meetings.setStatus': op(c.meetingStatusInput)<Meeting>(),
  'meetings.delete': op(r.byId)<null>(),

  'rhythms.list': op(c.rhythmsFilter)<Rhythm[]>(),
  'rhythms.save': op(c.rhythmInput)<Rhythm>(),
  'rhythms.delete': op(r.byId)<null>(),

  'cycle.generateYear': op(c.generateYearInput)<GenerateResult>(),
  'cycle.copyYear': op(c.copyYearInput)<GenerateResult>(),
  'cycle.due': op(c.dueInput)<DueItem[]>(),
  'cycle.wheel': op(c.wheelInput)<WheelData>(),
  'cycle.exportWheel': op(c.wheelExportInput)<ExportedFile>(),
  'cycle.holidays': op(c.yearInput)<{ date: string; name: string }[]>(),

  'cycleItems.list': op(c.cycleItemsFilter)<CycleItem[]>(),
  'cycleItems.save': op(c.cycleItemInput)<CycleItem>(),
  'cycleItems.delete': op(r.byId)<null>(),

  'calendar.meeting': op(r.byId)<CalendarFile>(),
  'calendar.bodyYear': op(c.bodyYearInput)<CalendarFile>(),

  'cases.list': op(k.casesFilter)<CaseSummary[]>(),
  'cases.get': op(r.byId)<CaseDetail>(),
  'cases.save': op(k.caseInput)<CaseSummary>(),
  'cases.setStatus': op(k.caseStatusInput)<CaseSummary>(),
  'cases.withdraw': op(r.byId)<CaseSummary>(),
  'cases.delete': op(r.byId)<null>(),
  'cases.forward': op(k.forwardInput)<CaseSummary>(),
  'cases.link': op(k.linkInput)<null>(),
  'cases.unlink': op(k.linkInput)<null>(),
  'cases.search': op(k.searchInput)<SearchHit[]>(),
  'cases.importDocx': op(k.docxImportInput)<DocxImport>(),

  'attachments.add': op(k.attachmentInput)<Attachment>(),
  'attachments.remove': op(r.byId)<null>(),
  'attachments.reorder': op(k.attachmentOrderInput)<Attachment[]>(),
  'attachments.open': op(r.byId)<OpenedFile>(),

  'agenda.get': op(k.meetingRef)<Agenda>(),
  'agenda.start': op(k.meetingRef)<Agenda>(),
  'agenda.addCase': op(k.agendaCaseInput)<Agenda>(),
  'agenda.saveItem': op(k.agendaItemInput)<Agenda>(),
  'agenda.setTiming': op(k.agendaTimingInput)<Agenda>(),
  'agenda.removeItem': op(r.byId)<Agenda>(),
  'agenda.reorder': op(k.agendaOrderInput)<Agenda>(),
  'agenda.postpone': op(k.postponeInput)<Agenda>(),

  'minutes.get': op(k.meetingRef)<Minutes>(),
  'minutes.saveItem': op(k.minutesItemInput)<Minutes>(),
  'minutes.approve': op(k.approveMinutesInput)<Minutes>(),

  'followUps.list': op(k.followUpsFilter)<FollowUp[]>(),
  'followUps.save': op(k.followUpInput)<FollowUp>(),
  'followUps.delete': op(r.byId)<null>(),

  'invitationRules.list': op(i.rulesFilter)<InvitationRule[]>(),
  'invitationRules.save': op(i.invitationRuleInput)<InvitationRule>(),
  'invitationRules.delete': op(r.byId)<null>(),
  'substituteRules.list': op(i.rulesFilter)<SubstituteRule[]>(),
  'substituteRules.save': op(i.substituteRuleInput)<SubstituteRule>(),
  'substituteRules.delete': op(r.byId)<null>(),
  'invitations.settings': op(r.byId)<BodyInvitationSettings>(),
  'invitations.saveSettings': op(i.bodyInvitationSettingsInput)<BodyInvitationSettings>(),

  'invitations.get': op(k.meetingRef)<InvitationList>(),
  'invitations.respond': op(i.respondInput)<InvitationList>(),
  'invitations.inviteSubstitute': op(i.inviteSubstituteInput)<InvitationList>(),
  'invitations.addCompanion': op(i.companionInput)<InvitationList>(),
  'invitations.remove': op(i.inviteeRef)<InvitationList>(),
  'invitations.setAttendance': op(i.attendanceInput)<InvitationList>(),
  'invitations.setHost': op(i.hostInput)<InvitationList>(),
  'invitations.applyChanges': op(k.meetingRef)<InvitationList>(),
  'invitations.exportCsv': op(k.meetingRef)<ExportedFile>(),
  'invitations.exportIcs': op(k.meetingRef)<ExportedFile>(),
  'invitations.exportMail': op(i.mailDraftInput)<ExportedFile & { notes: string[] }>(),

  'plans.list': op(p.plansFilter)<PlanSummary[]>(),
  'plans.save': op(p.planInput)<PlanSummary>(),
  'plans.delete': op(r.byId)<null>(),
  'plans.matrix': op(p.matrixInput)<PlanMatrix>(),
  'plans.compare': op(p.compareInput)<ReviewComparison>(),
  'planNodes.save': op(p.planNodeInput)<PlanNodeData & { id: number }>(),
  'planNodes.move': op(p.planNodeMoveInput)<null>(),
  'planNodes.delete': op(r.byId)<null>(),
  'reviews.save': op(p.reviewInput)<Review>(),
  'reviews.delete': op(r.byId)<null>(),
  'reviews.setStatus': op(p.statusInput)<null>(),
  'planInputs.save': op(p.planInputInput)<PlanInputEntry>(),
  'planInputs.delete': op(r.byId)<null>(),
  'planLinks.save': op(p.planLinkInput)<PlanLink>(),
  'planLinks.delete': op(r.byId)<null>(),
  'plans.exportXlsx': op(p.matrixInput)<ExportedFile>(),
  'plans.previewXlsx': op(p.xlsxImportInput)<XlsxPreview>(),
  'plans.importXlsx': op(p.xlsxImportInput)<XlsxImportResult>(),
  'plans.exportOverviewPng': op(p.matrixInput)<ExportedFile>(),

  'documents.make': op(d.documentInput)<ExportedFile>(),
  'documents.profile': op(empty)<OrganisationProfile>(),
  'documents.saveProfile': op(d.profileInput)<OrganisationProfile>(),

  'archive.export': op(d.archiveInput)<ArchiveResult>(),
  'archive.folders': op(empty)<{ bodyId: number; shortCode: string; name: string; folder: string }[]>(),
  'archive.setFolder': op(d.archiveFolderInput)<null>(),
  'archive.log': op(d.archiveLogFilter)<ArchiveRecord[]>(),

  'backups.list': op(empty)<BackupEntry[]>(),
  'backups.create': op(empty)<BackupEntry>(),
  'backups.restore': op(b.backupFileInput)<RestoreResult>(),
  'backups.settings': op(empty)<BackupSettings>(),
  'backups.setFolder': op(b.backupFolderInput)<BackupSettings>(),
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export const operationNames = Object.keys(contract) as OperationName[]

export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>
export type OutputOf<N extends OperationName> = Exclude<Contract[N]['output'], undefined>

/** What `window.api` is, and what the web client imitates. */
export type Api = { [N in OperationName]: (input: InputOf<N>) => Promise<Result<OutputOf<N>>> }

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name)
}
