-- where an event's place comes from: 'text' (a sentence that tells it names it) or 'article' (no telling does: the place of its article)
ALTER TABLE events ADD COLUMN place_basis VARCHAR;
