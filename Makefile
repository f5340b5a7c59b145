# WhoSaid — the two set-up commands (see README):
#   make run    build, ingest seeds/ into ./whosaid.db, print who said what
#   make test   run the test suite
SWIFT ?= swift
DB ?= whosaid.db
SHARED ?= ../shared
BIN_DEBUG = .build/debug/whosaid
BIN = .build/release/whosaid

.PHONY: all deps build release run test eval train train-cues train-words cv bench-extract bench-long bench-ingest bench-resolve bench-query graph-picture need-train clean

all: build

# System packages: SQLite's headers (libsqlite3-dev) and the sqlite3 shell.
deps:
	@if ! pkg-config --exists sqlite3 2>/dev/null && [ ! -f /usr/include/sqlite3.h ]; then \
		echo "Installing libsqlite3-dev (SQLite headers)…"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libsqlite3-dev sqlite3 pkg-config; \
		else echo "error: libsqlite3-dev is missing; run: sudo apt-get install libsqlite3-dev sqlite3" >&2; exit 1; fi; \
	fi
	@command -v sqlite3 >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq sqlite3 >/dev/null; } || \
		echo "note: the sqlite3 shell is not installed (apt-get install sqlite3); WhoSaid does not need it to run"

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The main job: ingest the seed articles into the default database and show who said what.
run: release
	$(BIN) ingest --db $(DB) seeds/
	$(BIN) quotes --db $(DB)

test: deps
	$(SWIFT) test

# Extraction scores on polnear-dev (needs ../shared), then the speaker figures of
# speakers.py on the articles of polnear-dev-speakers when they are there.
eval: release
	@if [ ! -d $(SHARED)/corpus/polnear-dev ]; then echo "$(SHARED)/corpus/polnear-dev not found: nothing to evaluate"; exit 0; fi; \
	if [ -d $(SHARED)/corpus/polnear-dev-speakers ]; then speakers="--speakers $(SHARED)/corpus/polnear-dev-speakers"; fi; \
	$(BIN) eval $(SHARED)/corpus/polnear-dev/gold.jsonl $(SHARED)/corpus/polnear-dev/texts $$speakers

# Said before anything is built: these targets need the shared corpus.
need-train:
	@if [ ! -d $(SHARED)/corpus/polnear-train/texts ]; then \
		echo "$(SHARED)/corpus/polnear-train not found: this target needs the shared corpus (set SHARED=DIR)" >&2; exit 2; fi

# Retrain the judge of the rules' candidates on polnear-train (deterministic) and ship
# its weights; it learns from what the rules propose with the shipped cue detector.
train: need-train release
	$(BIN) train judge $(SHARED)/corpus/polnear-train/gold.jsonl $(SHARED)/corpus/polnear-train/texts

# Recount the words polnear-train writes in lower case (common-words.txt): a capitalised
# common word alone ('Nearly', 'Video') is then not taken for a name.
train-words: need-train release
	$(BIN) train words $(SHARED)/corpus/polnear-train/gold.jsonl $(SHARED)/corpus/polnear-train/texts

# Retrain the cue detector (then `make train`, so the judge learns from its cues).
train-cues: need-train release
	$(BIN) train cues $(SHARED)/corpus/polnear-train/gold.jsonl $(SHARED)/corpus/polnear-train/texts

# 5-fold cross-validation of the learned parts on polnear-train, by article: the
# figure every decision about them (features, thresholds, rules) is taken on.
cv: need-train release
	$(BIN) eval --cv 5 $(SHARED)/corpus/polnear-train/gold.jsonl $(SHARED)/corpus/polnear-train/texts

bench-extract: need-train release
	$(BIN) bench extract $(SHARED)/corpus/polnear-train/texts

# One very long article (1 to 8 MB of news text): time and memory should grow with the size, no faster.
bench-long: release
	$(BIN) bench long --shared $(SHARED)

# Ingest at scale: N generated articles (default 100,000) into a fresh database, then
# again unchanged. `make bench-ingest N=5000` for a quick run.
bench-ingest: release
	$(BIN) bench ingest --shared $(SHARED) $(if $(N),--articles $(N))

# Actor resolution against a large knowledge base: the same ingest into an empty
# database and into one that already holds 100,000 actors (N articles, default 10,000,
# as measured in the README).
bench-resolve: release
	$(BIN) bench ingest --shared $(SHARED) --articles $(or $(N),10000)
	$(BIN) bench ingest --shared $(SHARED) --articles $(or $(N),10000) --known-actors 100000

clean:
	rm -rf .build

# The README's picture of the seeds' network, drawn again from this build's extraction
# (needs Graphviz: apt-get install graphviz; a test checks the picture matches the graph).
graph-picture: release
	@command -v dot >/dev/null || { echo "Graphviz's dot is not installed: apt-get install graphviz"; exit 1; }
	rm -f .build/seeds-graph.db
	$(BIN) ingest --db .build/seeds-graph.db seeds/
	$(BIN) graph --db .build/seeds-graph.db --format dot | dot -Tsvg > Reports/graphs/seeds-network.svg

# Query latency on a generated knowledge base of 1M statements, 50k actors, 200k articles
# (built once into .build/bench-query.db, quoting sentences from polnear-train or seeds/).
bench-query: release
	@if [ -d $(SHARED)/corpus/polnear-train/texts ]; then T=$(SHARED)/corpus/polnear-train/texts; else T=seeds; fi; \
	$(BIN) bench query $$T --repeats 5
