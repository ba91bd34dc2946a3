package store

import (
	"context"
	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/process"
	"io"
	"time"
)

// The package functions of the former convention, while callers move to Q.

func UsersPage(ctx context.Context, q Querier, p Page) ([]User, map[string][]string, string, error) {
	return In(q).UsersPage(ctx, p)
}

func DepartmentsPage(ctx context.Context, q Querier, p Page) ([]Department, string, error) {
	return In(q).DepartmentsPage(ctx, p)
}

func BeginAttachment(ctx context.Context, q Querier, a AttachmentRow) (int64, error) {
	return In(q).BeginAttachment(ctx, a)
}

func PutChunk(ctx context.Context, q Querier, id int64, n int, data []byte) error {
	return In(q).PutChunk(ctx, id, n, data)
}

func FinishAttachment(ctx context.Context, q Querier, a AttachmentRow) error {
	return In(q).FinishAttachment(ctx, a)
}

func DropAttachment(ctx context.Context, q Querier, id int64) error {
	return In(q).DropAttachment(ctx, id)
}

func CaseAttachments(ctx context.Context, q Querier, caseID int64) ([]AttachmentRow, error) {
	return In(q).CaseAttachments(ctx, caseID)
}

func CaseAttachment(ctx context.Context, q Querier, caseID, id int64) (AttachmentRow, error) {
	return In(q).CaseAttachment(ctx, caseID, id)
}

func AttachmentReader(ctx context.Context, q Querier, id int64) io.Reader {
	return In(q).AttachmentReader(ctx, id)
}

func SetEventHead(ctx context.Context, q Querier, caseID int64, seq int, hash string) error {
	return In(q).SetEventHead(ctx, caseID, seq, hash)
}

func InsertAudit(ctx context.Context, q Querier, e AuditEntry) error {
	return In(q).InsertAudit(ctx, e)
}

func PutCalendarOverrides(ctx context.Context, q Querier, list []calendar.Override, now time.Time) error {
	return In(q).PutCalendarOverrides(ctx, list, now)
}

func ConfirmCalendarYear(ctx context.Context, q Querier, year int, login string, now time.Time) error {
	return In(q).ConfirmCalendarYear(ctx, year, login, now)
}

func CaseIDByKey(ctx context.Context, q Querier, key string) (int64, error) {
	return In(q).CaseIDByKey(ctx, key)
}

func NotificationCase(ctx context.Context, q Querier, id int64) (caseID int64, login string, err error) {
	return In(q).NotificationCase(ctx, id)
}

func InsertCase(ctx context.Context, q Querier, c *process.Case, terminal bool) (int64, error) {
	return In(q).InsertCase(ctx, c, terminal)
}

func UpdateCase(ctx context.Context, q Querier, c *process.Case, oldVersion int, terminal bool, seq int, hash string) error {
	return In(q).UpdateCase(ctx, c, oldVersion, terminal, seq, hash)
}

func CaseUnchanged(ctx context.Context, q Querier, row CaseRow, orgVersion int64) (bool, error) {
	return In(q).CaseUnchanged(ctx, row, orgVersion)
}

func LoadCase(ctx context.Context, q Querier, id int64) (CaseRow, error) {
	return In(q).LoadCase(ctx, id)
}

func AppendEvents(ctx context.Context, q Querier, caseID int64, seq int, hash string, events []process.Event) (int, string, error) {
	return In(q).AppendEvents(ctx, caseID, seq, hash, events)
}

func CaseEvents(ctx context.Context, q Querier, caseID int64) ([]StoredEvent, error) {
	return In(q).CaseEvents(ctx, caseID)
}

func ReplaceAccess(ctx context.Context, q Querier, caseID int64, rows []Access) error {
	return In(q).ReplaceAccess(ctx, caseID, rows)
}

func CanSee(ctx context.Context, q Querier, v Viewer, id int64) (bool, error) {
	return In(q).CanSee(ctx, v, id)
}

func ListCases(ctx context.Context, q Querier, v Viewer, f CaseFilter) ([]CaseRow, string, error) {
	return In(q).ListCases(ctx, v, f)
}

func CountCases(ctx context.Context, q Querier) (int, error) { return In(q).CountCases(ctx) }

func InsertChannel(ctx context.Context, q Querier, c Channel) (int64, error) {
	return In(q).InsertChannel(ctx, c)
}

func RemoveChannel(ctx context.Context, q Querier, id int64) error {
	return In(q).RemoveChannel(ctx, id)
}

func Channels(ctx context.Context, q Querier) ([]Channel, error) { return In(q).Channels(ctx) }

func CaseIDsInState(ctx context.Context, q Querier, state string, limit int) ([]int64, error) {
	return In(q).CaseIDsInState(ctx, state, limit)
}

func EarliestTimer(ctx context.Context, q Querier, prefix string) (time.Time, bool, error) {
	return In(q).EarliestTimer(ctx, prefix)
}

func CountTimers(ctx context.Context, q Querier) (int, error) { return In(q).CountTimers(ctx) }

func UpsertDepartment(ctx context.Context, q Querier, d Department) error {
	return In(q).UpsertDepartment(ctx, d)
}

func SetDepartmentHead(ctx context.Context, q Querier, dept, login string) error {
	return In(q).SetDepartmentHead(ctx, dept, login)
}

func SetDepartmentHeadIfNone(ctx context.Context, q Querier, dept, login string) error {
	return In(q).SetDepartmentHeadIfNone(ctx, dept, login)
}

func DepartmentChildren(ctx context.Context, q Querier) (map[string][]string, error) {
	return In(q).DepartmentChildren(ctx)
}

func FigureCounts(ctx context.Context, q Querier) ([]FigureCount, error) {
	return In(q).FigureCounts(ctx)
}

func Figures(ctx context.Context, q Querier, f FigureQuery) ([]FigureRow, error) {
	return In(q).Figures(ctx, f)
}

func ClaimDigest(ctx context.Context, q Querier, dept, week string, at time.Time) (bool, error) {
	return In(q).ClaimDigest(ctx, dept, week, at)
}

func Weekly(ctx context.Context, q Querier, f FigureQuery, weeks int) ([]WeekFigures, error) {
	return In(q).Weekly(ctx, f, weeks)
}

func Workload(ctx context.Context, q Querier, f FigureQuery) ([]Load, error) {
	return In(q).Workload(ctx, f)
}

func StepFigures(ctx context.Context, q Querier, f FigureQuery) ([]StepFigure, error) {
	return In(q).StepFigures(ctx, f)
}

func PutHookSource(ctx context.Context, q Querier, h HookSource) error {
	return In(q).PutHookSource(ctx, h)
}

func HookSources(ctx context.Context, q Querier) ([]HookSource, error) { return In(q).HookSources(ctx) }

func DeleteHookSource(ctx context.Context, q Querier, id string) error {
	return In(q).DeleteHookSource(ctx, id)
}

func InsertHookEvent(ctx context.Context, q Querier, source, eventID string, caseID int64, answer string, at time.Time) error {
	return In(q).InsertHookEvent(ctx, source, eventID, caseID, answer, at)
}

func HookEventAnswer(ctx context.Context, q Querier, source, eventID string) (string, error) {
	return In(q).HookEventAnswer(ctx, source, eventID)
}

func IdentityLogin(ctx context.Context, q Querier, issuer, subject string) (string, error) {
	return In(q).IdentityLogin(ctx, issuer, subject)
}

func LinkIdentity(ctx context.Context, q Querier, id Identity) error {
	return In(q).LinkIdentity(ctx, id)
}

func UnlinkIdentity(ctx context.Context, q Querier, login, issuer, subject string) error {
	return In(q).UnlinkIdentity(ctx, login, issuer, subject)
}

func IdentitiesOf(ctx context.Context, q Querier, login string) ([]Identity, error) {
	return In(q).IdentitiesOf(ctx, login)
}

func LoginsByEmail(ctx context.Context, q Querier, email string) ([]string, error) {
	return In(q).LoginsByEmail(ctx, email)
}

func InsertInboundMail(ctx context.Context, q Querier, m InboundMail) (int64, error) {
	return In(q).InsertInboundMail(ctx, m)
}

func InboundByMessageID(ctx context.Context, q Querier, messageID string) (InboundMail, error) {
	return In(q).InboundByMessageID(ctx, messageID)
}

func InboundMails(ctx context.Context, q Querier, status string, limit int) ([]InboundMail, error) {
	return In(q).InboundMails(ctx, status, limit)
}

func DismissInboundMail(ctx context.Context, q Querier, id int64, by string, at time.Time) (bool, error) {
	return In(q).DismissInboundMail(ctx, id, by, at)
}

func NoteInbound(ctx context.Context, q Querier, messageID, note string) error {
	return In(q).NoteInbound(ctx, messageID, note)
}

func InsertCaseLink(ctx context.Context, q Querier, from, to int64, kind, actor string, at time.Time) error {
	return In(q).InsertCaseLink(ctx, from, to, kind, actor, at)
}

func CaseLinks(ctx context.Context, q Querier, v Viewer, id int64) ([]CaseLink, error) {
	return In(q).CaseLinks(ctx, v, id)
}

func DepartmentIn(ctx context.Context, q Querier, id string) (Department, error) {
	return In(q).Department(ctx, id)
}

func Departments(ctx context.Context, q Querier) ([]Department, error) {
	return In(q).Departments(ctx)
}

func InsertDepartment(ctx context.Context, q Querier, d Department) error {
	return In(q).InsertDepartment(ctx, d)
}

func UpdateDepartment(ctx context.Context, q Querier, d Department) error {
	return In(q).UpdateDepartment(ctx, d)
}

func DeleteDepartment(ctx context.Context, q Querier, id string) error {
	return In(q).DeleteDepartment(ctx, id)
}

func DepartmentUse(ctx context.Context, q Querier, id string) (users, children, open int, err error) {
	return In(q).DepartmentUse(ctx, id)
}

func UserByLogin(ctx context.Context, q Querier, login string) (User, error) {
	return In(q).UserByLogin(ctx, login)
}

func UpdateUser(ctx context.Context, q Querier, u User) error { return In(q).UpdateUser(ctx, u) }

func ActiveAdmins(ctx context.Context, q Querier) (int, error) { return In(q).ActiveAdmins(ctx) }

func DeleteUserSessions(ctx context.Context, q Querier, userID int64, keep string) (int64, error) {
	return In(q).DeleteUserSessions(ctx, userID, keep)
}

func Duties(ctx context.Context, q Querier, login string) ([]Duty, error) {
	return In(q).Duties(ctx, login)
}

func PartyIn(ctx context.Context, q Querier, id string) (Party, error) { return In(q).Party(ctx, id) }

func ReadOrg(ctx context.Context, q Querier) (Org, error) { return In(q).ReadOrg(ctx) }

func OrgVersion(ctx context.Context, q Querier) (int64, error) { return In(q).OrgVersion(ctx) }

func InsertNotification(ctx context.Context, q Querier, n Notification, now time.Time) (bool, error) {
	return In(q).InsertNotification(ctx, n, now)
}

func PutParty(ctx context.Context, q Querier, p Party) error { return In(q).PutParty(ctx, p) }

func PartyExists(ctx context.Context, q Querier, id string) (bool, error) {
	return In(q).PartyExists(ctx, id)
}

func InsertPortalLink(ctx context.Context, q Querier, l PortalLink) (int64, error) {
	return In(q).InsertPortalLink(ctx, l)
}

func ReusablePortalLink(ctx context.Context, q Querier, caseID int64, party, email string, until time.Time) (PortalLink, bool, error) {
	return In(q).ReusablePortalLink(ctx, caseID, party, email, until)
}

func PortalLinkByID(ctx context.Context, q Querier, id int64) (PortalLink, error) {
	return In(q).PortalLinkByID(ctx, id)
}

func PortalLinks(ctx context.Context, q Querier, caseID int64) ([]PortalLink, error) {
	return In(q).PortalLinks(ctx, caseID)
}

func TouchPortalLink(ctx context.Context, q Querier, id int64, at time.Time) error {
	return In(q).TouchPortalLink(ctx, id, at)
}

func RevokePortalLinks(ctx context.Context, q Querier, caseID int64, email string, at time.Time) (int64, error) {
	return In(q).RevokePortalLinks(ctx, caseID, email, at)
}

func MarkPortalRenew(ctx context.Context, q Querier, id int64, at, since time.Time) (bool, error) {
	return In(q).MarkPortalRenew(ctx, id, at, since)
}

func PortalSecret(ctx context.Context, q Querier, fresh string, now time.Time) (key string, created bool, err error) {
	return In(q).PortalSecret(ctx, fresh, now)
}

func CalendarKey(ctx context.Context, q Querier, login string) (key string, found bool, err error) {
	return In(q).CalendarKey(ctx, login)
}

func PutCalendarKey(ctx context.Context, q Querier, login, key string, now time.Time) error {
	return In(q).PutCalendarKey(ctx, login, key, now)
}

func CalendarKeyOwner(ctx context.Context, q Querier, key string) (string, error) {
	return In(q).CalendarKeyOwner(ctx, key)
}

func IndexText(ctx context.Context, q Querier, caseID int64, terms map[string]int, text string) error {
	return In(q).IndexText(ctx, caseID, terms, text)
}

func Unindexed(ctx context.Context, q Querier, limit int) ([]int64, error) {
	return In(q).Unindexed(ctx, limit)
}

func Search(ctx context.Context, q Querier, v Viewer, terms []string, p Page) ([]Hit, string, error) {
	return In(q).Search(ctx, v, terms, p)
}

func VisibleCaseIDByKey(ctx context.Context, q Querier, v Viewer, key string) (int64, bool, error) {
	return In(q).VisibleCaseIDByKey(ctx, v, key)
}

func IntegrationSettings(ctx context.Context, q Querier) (map[string]string, error) {
	return In(q).IntegrationSettings(ctx)
}

func PutIntegrationSetting(ctx context.Context, q Querier, name, value, by string, now time.Time) error {
	return In(q).PutIntegrationSetting(ctx, name, value, by, now)
}

func DeleteIntegrationSetting(ctx context.Context, q Querier, name string) (bool, error) {
	return In(q).DeleteIntegrationSetting(ctx, name)
}

func ActiveSigningKey(ctx context.Context, q Querier) (SigningKey, error) {
	return In(q).ActiveSigningKey(ctx)
}

func SigningKeys(ctx context.Context, q Querier) ([]SigningKey, error) { return In(q).SigningKeys(ctx) }

func AddSigningKey(ctx context.Context, q Querier, k SigningKey) error {
	return In(q).AddSigningKey(ctx, k)
}

func InsertSignature(ctx context.Context, q Querier, s DocSignature) error {
	return In(q).InsertSignature(ctx, s)
}

func CaseSignatures(ctx context.Context, q Querier, caseID int64, withContent bool) ([]DocSignature, error) {
	return In(q).CaseSignatures(ctx, caseID, withContent)
}

func CaseHeads(ctx context.Context, q Querier, key string) ([]CaseRow, error) {
	return In(q).CaseHeads(ctx, key)
}

func OpenSteps(ctx context.Context, q Querier, caseID int64) ([]Step, error) {
	return In(q).OpenSteps(ctx, caseID)
}

func StartStep(ctx context.Context, q Querier, t *Tally, s Step) error {
	return In(q).StartStep(ctx, t, s)
}

func MoveStep(ctx context.Context, q Querier, t *Tally, s Step, due time.Time, login, dept string) error {
	return In(q).MoveStep(ctx, t, s, due, login, dept)
}

func EndStep(ctx context.Context, q Querier, t *Tally, s Step, done time.Time, onTime bool, work time.Duration) error {
	return In(q).EndStep(ctx, t, s, done, onTime, work)
}

func SetTimers(ctx context.Context, q Querier, caseID int64, timers []process.Timer) error {
	return In(q).SetTimers(ctx, caseID, timers)
}

func CancelTimers(ctx context.Context, q Querier, caseID int64, scopes, names []string) error {
	return In(q).CancelTimers(ctx, caseID, scopes, names)
}

func DueTimers(ctx context.Context, q Querier, now time.Time, limit int) ([]TimerRow, error) {
	return In(q).DueTimers(ctx, now, limit)
}

func TakeTimer(ctx context.Context, q Querier, id int64) (bool, error) {
	return In(q).TakeTimer(ctx, id)
}

func NextTimer(ctx context.Context, q Querier) (time.Time, bool, error) { return In(q).NextTimer(ctx) }

func CaseTimers(ctx context.Context, q Querier, caseID int64) ([]TimerRow, error) {
	return In(q).CaseTimers(ctx, caseID)
}

func DevClock(ctx context.Context, q Querier) (time.Time, bool, error) { return In(q).DevClock(ctx) }

func SetDevClock(ctx context.Context, q Querier, now time.Time) error {
	return In(q).SetDevClock(ctx, now)
}

func CreateUser(ctx context.Context, q Querier, u User) (int64, error) {
	return In(q).CreateUser(ctx, u)
}

func CreateUserIfAbsent(ctx context.Context, q Querier, u User) (bool, error) {
	return In(q).CreateUserIfAbsent(ctx, u)
}
