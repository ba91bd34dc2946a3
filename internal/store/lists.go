package store

import (
	"context"
	"fmt"
	"strconv"
)

// The keyset pages of the lists beside the case list. Each query asks for
// one row more than the page to know whether another page follows, and
// starts after the cursor's key on an index, so its cost is the page's.

// NotificationsPage lists one page of a case's notifications, oldest first;
// caseID 0 lists every case's, newest first (administrators).
func (db *DB) NotificationsPage(ctx context.Context, caseID int64, p Page) ([]Notification, string, error) {
	sort, order, cmp, where, args := "ntf-case", "id", ">", "case_id = $1", []any{caseID}
	name := "case " + strconv.FormatInt(caseID, 10)
	if caseID == 0 {
		sort, order, cmp, where, args, name = "ntf-all", "id DESC", "<", "TRUE", nil, ""
	}
	cur, has, err := decodeListCursor(p.Cursor, sort, name)
	if err != nil {
		return nil, "", err
	}
	if has {
		args = append(args, cur.ID)
		where += " AND id " + cmp + " $" + strconv.Itoa(len(args))
	}
	list, err := db.notifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE `+where+` ORDER BY `+order+` LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, "", err
	}
	list, next := cut(list, p.size(), func(n Notification) cursorKey { return cursorKey{Sort: sort, ID: n.ID, List: listDigest(name)} })
	return list, next, nil
}

// MessagesPage lists one page of a user's in-app messages, newest first.
func (db *DB) MessagesPage(ctx context.Context, login string, p Page) ([]Notification, string, error) {
	cur, has, err := decodeListCursor(p.Cursor, "msg", login)
	if err != nil {
		return nil, "", err
	}
	q, args := inboxMessagesSQL, []any{login}
	if has {
		args = append(args, cur.ID)
		q += " AND id < $2"
	}
	list, err := db.notifications(ctx, q+` ORDER BY id DESC LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, "", err
	}
	list, next := cut(list, p.size(), func(n Notification) cursorKey { return cursorKey{Sort: "msg", ID: n.ID, List: listDigest(login)} })
	return list, next, nil
}

// AuditPage lists one page of the audit trail, newest first.
func (q Q) AuditPage(ctx context.Context, p Page) ([]AuditEntry, string, error) {
	cur, has, err := decodeCursor(p.Cursor, "audit")
	if err != nil {
		return nil, "", err
	}
	where, args := "", []any{}
	if has {
		where, args = "WHERE id < $1", append(args, cur.ID)
	}
	list, err := q.audit(ctx, `SELECT id, at, actor, action, target, ip, detail FROM audit_log `+where+` ORDER BY id DESC LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, "", err
	}
	list, next := cut(list, p.size(), func(e AuditEntry) cursorKey { return cursorKey{Sort: "audit", ID: e.ID} })
	return list, next, nil
}

// PartiesPage lists one page of the external parties with their contacts,
// ordered by id.
func (q Q) PartiesPage(ctx context.Context, p Page) ([]Party, string, error) {
	cur, has, err := decodeCursor(p.Cursor, "party")
	if err != nil {
		return nil, "", err
	}
	where, args := "", []any{}
	if has {
		where, args = "WHERE id > $1", append(args, cur.Str)
	}
	rows, err := q.QueryContext(ctx, `SELECT id, kind, name FROM parties `+where+` ORDER BY id LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, "", fmt.Errorf("store: parties: %w", err)
	}
	var out []Party
	for rows.Next() {
		var pt Party
		if err := rows.Scan(&pt.ID, &pt.Kind, &pt.Name); err != nil {
			rows.Close()
			return nil, "", fmt.Errorf("store: parties: %w", err)
		}
		out = append(out, pt)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("store: parties: %w", err)
	}
	out, next := cut(out, p.size(), func(pt Party) cursorKey { return cursorKey{Sort: "party", Str: pt.ID} })
	for i := range out {
		if out[i].Contacts, err = q.contacts(ctx, out[i].ID); err != nil {
			return nil, "", err
		}
	}
	return out, next, nil
}

// cut trims a list read with one row too many to the page and names the
// next page's cursor ("" when the list ended).
func cut[T any](list []T, size int, key func(T) cursorKey) ([]T, string) {
	if len(list) <= size {
		return list, ""
	}
	list = list[:size]
	return list, encodeCursor(key(list[size-1]))
}

// UnreadCap is how far UnreadMessages counts: the badge shows 99+ beyond.
const UnreadCap = 100

// UnreadMessages counts login's unread in-app messages, up to UnreadCap,
// from the partial index of unread ones (notifications_unread, migration
// 00029): a person who never reads theirs costs a page no more than 100.
func (q Q) UnreadMessages(ctx context.Context, login string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM notifications WHERE login = $1 AND channel = 'inbox' AND read_at IS NULL LIMIT `+strconv.Itoa(UnreadCap)+`) u`, login).Scan(&n)
	return n, err
}
