"""On-disk formats: ClinicalTrials.gov records mapped to one flat form, the registry page rendered from
it, and the JSONL output file (whole-line writes, resume)."""
