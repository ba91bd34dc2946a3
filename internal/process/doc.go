// Package process is the pure core of liaison's cases: the manual's
// processes as data (YAML definitions, embedded built-ins plus an
// administrator's folder), their validation, and the decisions a case takes.
//
// Open, Apply and Fire take a case, an actor, an input and an Env (the
// time, the working calendar, the organisation) and return a Decision — the
// case after the step, its events, the notices to send and the timers to
// set or cancel — or a *problem.Error, in which case nothing is to be
// written. Disclose says what an external party may read of a case's
// events and fields. A field's type (FieldType, fieldtype_*.go) says how
// its value is checked, entered, read from a web form and shown, for the
// pages, the portal and the documents alike. The package never sees a database, a clock or the
// network: the case service (internal/cases) loads, stores and sends.
package process
