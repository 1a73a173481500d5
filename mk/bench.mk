# bench.mk -- `make bench`: quire against xmllint and its peers, written
# to BENCHMARKS.md (bench/run.sh measures, bench/report.py writes).
#
#   make bench-deps      install hyperfine, time, xmllint, pandoc,
#                        html2text, node and npm (as root), and turndown
#                        from the npm registry into $(BUILD)/bench
#   make bench           the full run (about 15 minutes on 2 CPUs)
#   make bench BENCH_QUICK=1   small pages, one run each: checks the scripts
#
# Not part of `make check`: timings are not tests.

BENCH_DEBS = hyperfine time libxml2-utils pandoc python3-html2text \
	     nodejs npm
BENCH_DIR  = $(BUILD)/bench

.PHONY: bench bench-deps

bench-deps:
	@sh bench/deps.sh $(BENCH_DIR) $(BENCH_DEBS)

bench: bench-deps all
	BENCH_QUICK=$(BENCH_QUICK) bash bench/run.sh $(BUILD)/quire $(SHARED) $(BENCH_DIR)
	python3 bench/report.py $(BENCH_DIR)/results BENCHMARKS.md
	@echo "bench: wrote BENCHMARKS.md"
