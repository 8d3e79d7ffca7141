-- casualties: the number the text reports killed (the lowest figure given, 0 when it says no one died) and injured, NULL when not said
ALTER TABLE mentions ADD COLUMN fatalities INTEGER;
ALTER TABLE mentions ADD COLUMN injured INTEGER;
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN injured INTEGER;
