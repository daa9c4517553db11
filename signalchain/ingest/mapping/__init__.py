"""Source mappings: exports in their own column names and formats, mapped onto the contract by the
organisation's `landing.yml` (beside the seeds) and the shipped presets (docs/SPEC.md section 3)."""
