package auth

import (
	"slices"
	"sync"
)

// userCache keeps the users that requests authenticate as, so that a
// request reads one row (its session, with the organisation's version)
// instead of the session, the user and every department.
//
// It keeps every security promise of Authenticate: the session row is
// still read on every request, so a sign-out, a revoked or expired
// session ends access at once, on every replica; and an entry is used
// only while the organisation's version is the one it was read at. That
// version is raised by triggers in the same transaction as any change of
// users or departments (migration 00018), on any replica: disabling a
// user, changing roles, department or head drops every entry.
type userCache struct {
	mu    sync.Mutex
	ver   int64
	users map[int64]User
}

// maxCachedUsers bounds the cache; past it, it starts again empty.
const maxCachedUsers = 10_000

// get returns the user id as read at organisation version ver.
func (c *userCache) get(id, ver int64) (User, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ver != ver {
		return User{}, false
	}
	u, ok := c.users[id]
	return u.clone(), ok
}

// put keeps u, read after the organisation version ver was read (so it
// is at least as new as ver); a newer version drops the older entries.
func (c *userCache) put(id, ver int64, u User) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ver < c.ver {
		return
	}
	if ver > c.ver || c.users == nil || len(c.users) >= maxCachedUsers {
		c.ver, c.users = ver, map[int64]User{}
	}
	c.users[id] = u.clone()
}

// clone copies u's slices, so that no caller shares them with the cache.
func (u User) clone() User {
	u.HeadOf, u.Roles, u.Oversees = slices.Clone(u.HeadOf), slices.Clone(u.Roles), slices.Clone(u.Oversees)
	return u
}
