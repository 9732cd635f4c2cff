-- Figures that dashboards read, kept up to date by the database in the transaction of every change,
-- so that a dashboard after a change costs the same whatever the length of the history.
--
-- step_tally: the steps of each plan counted per aim, workgroup, status and whether they have had an
-- update, with the sums the roll-up needs (weight, weight x percent). A dashboard's roll-ups, status
-- counts and open-step counts are sums over these few rows.
--
-- progress_week: per plan, workgroup and week (Monday, UTC), the weighted sum of the moves of every
-- progress update recorded that week: (to_percent - from_percent) x the step's weight, for steps that
-- are not 'not applicable' now. Its running sum is the plan's progress over time.
--
-- Both are moved by statement-level triggers with transition tables: a single update moves one or two
-- rows, a bulk load one aggregate per statement. A change to a step's weight, workgroup, plan or
-- 'not applicable' takes its whole history out of the weeks and puts it back as it now counts.
-- Writers to one plan take a transaction-level advisory lock on it before moving its rows, so two
-- transactions never wait on each other's rows in opposite order.

-- the plan of each step, kept by the database from its aim, so that a plan's steps are found by index
ALTER TABLE action_step ADD COLUMN plan_id BIGINT;
UPDATE action_step s SET plan_id = a.plan_id FROM aim a WHERE a.id = s.aim_id;
ALTER TABLE action_step ALTER COLUMN plan_id SET NOT NULL;
ALTER TABLE action_step ADD CONSTRAINT action_step_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id);

CREATE FUNCTION action_step_plan_from_aim() RETURNS trigger AS $$
BEGIN
    NEW.plan_id := (SELECT a.plan_id FROM aim a WHERE a.id = NEW.aim_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER action_step_plan_from_aim
    BEFORE INSERT OR UPDATE OF aim_id ON action_step
    FOR EACH ROW EXECUTE FUNCTION action_step_plan_from_aim();

-- the same plan on each progress update, for the newest updates of a plan
ALTER TABLE progress_update ADD COLUMN plan_id BIGINT;
-- the history stays append-only: only the plan it belongs to may follow its step
CREATE OR REPLACE FUNCTION progress_update_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'plan_id') = (to_jsonb(OLD) - 'plan_id') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'progress_update rows are append-only';
END;
$$ LANGUAGE plpgsql;
UPDATE progress_update u SET plan_id = s.plan_id FROM action_step s WHERE s.id = u.step_id;
ALTER TABLE progress_update ALTER COLUMN plan_id SET NOT NULL;

CREATE FUNCTION progress_update_plan_from_step() RETURNS trigger AS $$
BEGIN
    NEW.plan_id := (SELECT s.plan_id FROM action_step s WHERE s.id = NEW.step_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER progress_update_plan_from_step
    BEFORE INSERT ON progress_update
    FOR EACH ROW EXECUTE FUNCTION progress_update_plan_from_step();

-- the attention lists and counts of open steps (not completed, not 'not applicable') by index
CREATE INDEX action_step_open_due_idx ON action_step (plan_id, due_date, workgroup_id)
    WHERE status NOT IN ('COMPLETED', 'NOT_APPLICABLE');
CREATE INDEX action_step_open_updated_idx ON action_step (plan_id, last_update_at, workgroup_id)
    WHERE status NOT IN ('COMPLETED', 'NOT_APPLICABLE');
CREATE INDEX action_step_open_unupdated_idx ON action_step (plan_id, start_date, workgroup_id)
    WHERE status NOT IN ('COMPLETED', 'NOT_APPLICABLE') AND last_update_at IS NULL;
CREATE INDEX progress_update_plan_idx ON progress_update (plan_id, recorded_at DESC, id DESC);

CREATE TABLE step_tally (
    plan_id      BIGINT      NOT NULL,
    aim_id       BIGINT      NOT NULL,
    workgroup_id BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    updated      BOOLEAN     NOT NULL,
    steps        BIGINT      NOT NULL,
    weight       BIGINT      NOT NULL,
    weighted     BIGINT      NOT NULL,
    PRIMARY KEY (plan_id, aim_id, workgroup_id, status, updated)
);

CREATE TABLE progress_week (
    plan_id      BIGINT NOT NULL,
    workgroup_id BIGINT NOT NULL,
    week         DATE   NOT NULL,
    moved        BIGINT NOT NULL,
    PRIMARY KEY (plan_id, workgroup_id, week)
);

-- the week (Monday, UTC) an update belongs to
CREATE FUNCTION progress_week_of(recorded TIMESTAMP WITH TIME ZONE) RETURNS DATE AS $$
    SELECT CAST(date_trunc('week', recorded AT TIME ZONE 'UTC') AS DATE)
$$ LANGUAGE sql IMMUTABLE;

-- how much a step's moves weigh in the weeks: its weight, or nothing while it is 'not applicable'
CREATE FUNCTION progress_weight(status VARCHAR, weight INTEGER) RETURNS INTEGER AS $$
    SELECT CASE WHEN status = 'NOT_APPLICABLE' THEN 0 ELSE weight END
$$ LANGUAGE sql IMMUTABLE;

-- one writer at a time per plan for the maintained rows, taken in plan order
CREATE FUNCTION lock_plan_figures(plans BIGINT[]) RETURNS void AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7001, CAST(p % 2147483647 AS INTEGER))
    FROM (SELECT DISTINCT unnest(plans) AS p ORDER BY 1) ordered;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION action_step_inserted() RETURNS trigger AS $$
BEGIN
    PERFORM lock_plan_figures(ARRAY(SELECT plan_id FROM new_steps));
    INSERT INTO step_tally AS t (plan_id, aim_id, workgroup_id, status, updated, steps, weight, weighted)
    SELECT n.plan_id, n.aim_id, n.workgroup_id, n.status, n.last_update_at IS NOT NULL,
           count(*), sum(n.weight), sum(CAST(n.weight AS BIGINT) * n.percent)
    FROM new_steps n GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (plan_id, aim_id, workgroup_id, status, updated) DO UPDATE
        SET steps = t.steps + excluded.steps, weight = t.weight + excluded.weight,
            weighted = t.weighted + excluded.weighted;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER action_step_inserted
    AFTER INSERT ON action_step REFERENCING NEW TABLE AS new_steps
    FOR EACH STATEMENT EXECUTE FUNCTION action_step_inserted();

CREATE FUNCTION action_step_deleted() RETURNS trigger AS $$
BEGIN
    PERFORM lock_plan_figures(ARRAY(SELECT plan_id FROM old_steps));
    INSERT INTO step_tally AS t (plan_id, aim_id, workgroup_id, status, updated, steps, weight, weighted)
    SELECT o.plan_id, o.aim_id, o.workgroup_id, o.status, o.last_update_at IS NOT NULL,
           -count(*), -sum(o.weight), -sum(CAST(o.weight AS BIGINT) * o.percent)
    FROM old_steps o GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (plan_id, aim_id, workgroup_id, status, updated) DO UPDATE
        SET steps = t.steps + excluded.steps, weight = t.weight + excluded.weight,
            weighted = t.weighted + excluded.weighted;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER action_step_deleted
    AFTER DELETE ON action_step REFERENCING OLD TABLE AS old_steps
    FOR EACH STATEMENT EXECUTE FUNCTION action_step_deleted();

CREATE FUNCTION action_step_updated() RETURNS trigger AS $$
DECLARE
    plans BIGINT[];
BEGIN
    -- only steps whose figures change: an edit of the title moves nothing
    SELECT array_agg(p) INTO plans FROM (
        SELECT o.plan_id AS p FROM old_steps o JOIN new_steps n ON n.id = o.id
        WHERE (o.plan_id, o.aim_id, o.workgroup_id, o.status, o.last_update_at IS NOT NULL, o.weight, o.percent)
              IS DISTINCT FROM
              (n.plan_id, n.aim_id, n.workgroup_id, n.status, n.last_update_at IS NOT NULL, n.weight, n.percent)
        UNION SELECT n.plan_id FROM old_steps o JOIN new_steps n ON n.id = o.id
        WHERE o.plan_id <> n.plan_id) changed;
    IF plans IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM lock_plan_figures(plans);
    INSERT INTO step_tally AS t (plan_id, aim_id, workgroup_id, status, updated, steps, weight, weighted)
    SELECT c.plan_id, c.aim_id, c.workgroup_id, c.status, c.updated,
           sum(c.sign), sum(c.sign * c.weight), sum(c.sign * c.weight * c.percent)
    FROM (SELECT -1 AS sign, o.plan_id, o.aim_id, o.workgroup_id, o.status, o.last_update_at IS NOT NULL AS updated,
                 CAST(o.weight AS BIGINT) AS weight, o.percent FROM old_steps o
          UNION ALL
          SELECT 1, n.plan_id, n.aim_id, n.workgroup_id, n.status, n.last_update_at IS NOT NULL,
                 n.weight, n.percent FROM new_steps n) c
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(c.sign) <> 0 OR sum(c.sign * c.weight) <> 0 OR sum(c.sign * c.weight * c.percent) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (plan_id, aim_id, workgroup_id, status, updated) DO UPDATE
        SET steps = t.steps + excluded.steps, weight = t.weight + excluded.weight,
            weighted = t.weighted + excluded.weighted;
    -- steps whose history counts differently now: out as it counted, in as it counts
    INSERT INTO progress_week AS w (plan_id, workgroup_id, week, moved)
    SELECT m.plan_id, m.workgroup_id, m.week, sum(m.moved)
    FROM (SELECT o.plan_id, o.workgroup_id, progress_week_of(u.recorded_at) AS week,
                 -CAST(u.to_percent - u.from_percent AS BIGINT) * progress_weight(o.status, o.weight) AS moved
          FROM old_steps o JOIN new_steps n ON n.id = o.id JOIN progress_update u ON u.step_id = o.id
          WHERE (o.plan_id, o.workgroup_id, progress_weight(o.status, o.weight))
                IS DISTINCT FROM (n.plan_id, n.workgroup_id, progress_weight(n.status, n.weight))
          UNION ALL
          SELECT n.plan_id, n.workgroup_id, progress_week_of(u.recorded_at),
                 CAST(u.to_percent - u.from_percent AS BIGINT) * progress_weight(n.status, n.weight)
          FROM old_steps o JOIN new_steps n ON n.id = o.id JOIN progress_update u ON u.step_id = o.id
          WHERE (o.plan_id, o.workgroup_id, progress_weight(o.status, o.weight))
                IS DISTINCT FROM (n.plan_id, n.workgroup_id, progress_weight(n.status, n.weight))) m
    GROUP BY 1, 2, 3 HAVING sum(m.moved) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (plan_id, workgroup_id, week) DO UPDATE SET moved = w.moved + excluded.moved;
    -- a step moved to another plan takes its updates with it
    UPDATE progress_update u SET plan_id = n.plan_id FROM old_steps o JOIN new_steps n ON n.id = o.id
    WHERE u.step_id = n.id AND o.plan_id <> n.plan_id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER action_step_updated
    AFTER UPDATE ON action_step REFERENCING OLD TABLE AS old_steps NEW TABLE AS new_steps
    FOR EACH STATEMENT EXECUTE FUNCTION action_step_updated();

CREATE FUNCTION progress_update_inserted() RETURNS trigger AS $$
BEGIN
    PERFORM lock_plan_figures(ARRAY(SELECT plan_id FROM new_updates));
    INSERT INTO progress_week AS w (plan_id, workgroup_id, week, moved)
    SELECT s.plan_id, s.workgroup_id, progress_week_of(n.recorded_at),
           sum(CAST(n.to_percent - n.from_percent AS BIGINT) * progress_weight(s.status, s.weight))
    FROM new_updates n JOIN action_step s ON s.id = n.step_id
    GROUP BY 1, 2, 3
    HAVING sum(CAST(n.to_percent - n.from_percent AS BIGINT) * progress_weight(s.status, s.weight)) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (plan_id, workgroup_id, week) DO UPDATE SET moved = w.moved + excluded.moved;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER progress_update_inserted
    AFTER INSERT ON progress_update REFERENCING NEW TABLE AS new_updates
    FOR EACH STATEMENT EXECUTE FUNCTION progress_update_inserted();

-- what is already there
INSERT INTO step_tally (plan_id, aim_id, workgroup_id, status, updated, steps, weight, weighted)
SELECT plan_id, aim_id, workgroup_id, status, last_update_at IS NOT NULL, count(*), sum(weight),
       sum(CAST(weight AS BIGINT) * percent)
FROM action_step GROUP BY 1, 2, 3, 4, 5;

INSERT INTO progress_week (plan_id, workgroup_id, week, moved)
SELECT s.plan_id, s.workgroup_id, progress_week_of(u.recorded_at),
       sum(CAST(u.to_percent - u.from_percent AS BIGINT) * progress_weight(s.status, s.weight))
FROM progress_update u JOIN action_step s ON s.id = u.step_id
GROUP BY 1, 2, 3
HAVING sum(CAST(u.to_percent - u.from_percent AS BIGINT) * progress_weight(s.status, s.weight)) <> 0;
