-- Impact analyses are found by search too (their subject and what is analysed), like the other kinds.
ALTER TABLE impact_analysis ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(title, description)) STORED;
CREATE INDEX impact_analysis_search_idx ON impact_analysis USING gin (search_vector);
