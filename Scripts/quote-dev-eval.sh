#!/bin/sh
# Scores the quote extractor on the train+dev splits of the German Wikinews quotation corpus.
# Usage: Scripts/quote-dev-eval.sh [scratch-folder]   (default .build-e3; CONFIG=release for speed)
set -e
cd "$(dirname "$0")/.."
SCRATCH="${1:-.build-e3}"
OUT="$SCRATCH/quote-dev-predictions.jsonl"
QUOTE_DEV_EVAL="$PWD/$OUT" swift test -c "${CONFIG:-debug}" --scratch-path "$SCRATCH" --filter QuoteDevEvalTests 2>&1 \
  | grep -E "quote-dev-eval|error|✘" || true
python3 Scripts/quote-dev-eval.py "$OUT"
