"""Named entities: programmes, organisations, persons and places, linked to the shipped lexicon
and gazetteer (see `candidates.py` for the contract between recognisers and the linker)."""
