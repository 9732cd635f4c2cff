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

CREATE INDEX action_step_search_idx ON action_step USING gin (alliance_search_vector(title, description));
CREATE INDEX aim_search_idx ON aim USING gin (alliance_search_vector(title, description));
CREATE INDEX plan_search_idx ON plan USING gin (alliance_search_vector(name, description));
CREATE INDEX workgroup_search_idx ON workgroup USING gin (alliance_search_vector(name, charge));
CREATE INDEX indicator_search_idx ON indicator USING gin (alliance_search_vector(name, description));
CREATE INDEX commitment_search_idx ON commitment USING gin (alliance_search_vector(statement, made_by));
CREATE INDEX person_search_idx ON person USING gin (alliance_search_vector(display_name, email));
