"""Person names across the corpus: folding key, mentions, lexicon and variant detection."""
