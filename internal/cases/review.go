package cases

import (
	"context"

	"github.com/liaison-dev/liaison/internal/process"
)

// ReviewOpen is what opening a case of processID with in would meet,
// storing nothing: the checker's findings and the refusal, if any.
func (s *Service) ReviewOpen(ctx context.Context, actor process.Actor, processID string, in process.Input) ([]process.Finding, error) {
	d, err := s.definition(processID)
	if err != nil {
		return nil, err
	}
	env, err := s.readEnv(ctx)
	if err != nil {
		return nil, err
	}
	return process.Review(d, nil, actor, "", in, env)
}

// ReviewAct is what action on case id would meet, storing nothing. A case
// the actor may not see is NotFound, as for Act.
func (s *Service) ReviewAct(ctx context.Context, actor process.Actor, id int64, action string, in process.Input) ([]process.Finding, error) {
	row, err := s.visibleCase(ctx, s.cfg.DB.SQL(), ViewerOf(actor), id)
	if err != nil {
		return nil, err
	}
	d, err := s.definition(row.Process)
	if err != nil {
		return nil, err
	}
	env, err := s.readEnv(ctx)
	if err != nil {
		return nil, err
	}
	return process.Review(d, &row.Case, actor, action, in, env)
}

// readEnv is the engine's world outside any transaction, for reviews.
func (s *Service) readEnv(ctx context.Context) (process.Env, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return process.Env{}, err
	}
	return s.env(ctx, s.cfg.DB.SQL(), now)
}
