package check

import (
	"os"
	"testing"
)

func TestDumpCorpus(t *testing.T) {
	if os.Getenv("SET") == "" {
		t.Skip("set SET=<corpus name> to list a corpus's misses and false alarms")
	}
	rows := loadCorpusFile(t, "testdata/"+os.Getenv("SET")+".jsonl")
	_, table := scoreCorpus(t, rows, true)
	t.Log(table)
}
