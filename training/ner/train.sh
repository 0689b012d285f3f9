#!/usr/bin/env bash
# Reproduce the OUTCOME NER model (see training/ner/README.md). Run from anywhere:
#   PYTHON=/work/venv/bin/python training/ner/train.sh [DATA_DIR]
# DATA_DIR defaults to ../shared/data next to the repository. Outputs (git-ignored):
#   training/ner/corpus/{train,dev,pico_report}.spacy  and  training/ner/output/model-{best,last}
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python}
DATA=${1:-../shared/data}
$PYTHON training/ner/build_corpus.py --data "$DATA" --out training/ner/corpus
time $PYTHON -m spacy train training/ner/config.cfg --output training/ner/output
$PYTHON -m spacy evaluate training/ner/output/model-best training/ner/corpus/dev.spacy
$PYTHON -m spacy evaluate training/ner/output/model-best training/ner/corpus/pico_report.spacy
