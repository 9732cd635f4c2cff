-- Search (issue 23): PostgreSQL full-text search over steps, aims, plans, workgroups, indicators,
-- commitments and people. A text is indexed three ways at once: word by word as written ('simple', for
-- prefixes as people type), and stemmed in English and in Spanish (so "trainings" finds "training" and
-- "evaluaciones" finds "evaluación"); accents are removed first, so "educacion" finds "Educación".
-- unaccent() is only STABLE (its dictionary could be replaced); an index needs an IMMUTABLE expression,
-- so a wrapper names the dictionary and fixes the search path to the schema it was made in.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION alliance_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$;

-- a title (weight A) and a longer text (weight B) as one search vector
CREATE FUNCTION alliance_search_vector(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path FROM CURRENT
AS $$
SELECT setweight(to_tsvector('simple', t) || to_tsvector('english', t) || to_tsvector('spanish', t), 'A')
    || setweight(to_tsvector('simple', b) || to_tsvector('english', b) || to_tsvector('spanish', b), 'B')
  FROM (SELECT alliance_unaccent(coalesce(title, '')) AS t, alliance_unaccent(coalesce(body, '')) AS b) x
$$;

-- each searchable row keeps its vector (worked out when the row is written), so ranking a match reads
-- it instead of working it out again
ALTER TABLE action_step ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(title, description)) STORED;
ALTER TABLE aim ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(title, description)) STORED;
ALTER TABLE plan ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(name, description)) STORED;
ALTER TABLE workgroup ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(name, charge)) STORED;
ALTER TABLE indicator ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(name, description)) STORED;
ALTER TABLE commitment ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(statement, made_by)) STORED;
ALTER TABLE person ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (alliance_search_vector(display_name, email)) STORED;

CREATE INDEX action_step_search_idx ON action_step USING gin (search_vector);
CREATE INDEX aim_search_idx ON aim USING gin (search_vector);
CREATE INDEX plan_search_idx ON plan USING gin (search_vector);
CREATE INDEX workgroup_search_idx ON workgroup USING gin (search_vector);
CREATE INDEX indicator_search_idx ON indicator USING gin (search_vector);
CREATE INDEX commitment_search_idx ON commitment USING gin (search_vector);
CREATE INDEX person_search_idx ON person USING gin (search_vector);
