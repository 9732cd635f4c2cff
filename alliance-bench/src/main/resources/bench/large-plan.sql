-- A large plan for benchmarks: 50 workgroups, 2,000 people, 20 aims, 20,000 action steps and
-- 200,000 progress updates at scale 1 (STEPS is replaced by 20,000 x alliance.large-plan.scale, so
-- scale 5 gives 100,000 steps and 1,000,000 updates). Every generated person's password is the demo
-- password (bound as ?).
insert into person (email, display_name, password_hash, system_role, enabled, created_at)
select 'bench' || i || '@example.org', 'Bench Person ' || i, ?, 'STAFF', true, now()
from generate_series(1, 2000) i;

insert into workgroup (name, charge)
select 'Bench Workgroup ' || g, 'Generated workgroup number ' || g from generate_series(1, 50) g;

-- person n belongs to workgroup ((n - 1) % 50) + 1; the first 50 people lead one workgroup each
with p as (select id, row_number() over (order by id) as n from person where email like 'bench%@example.org'),
     w as (select id, row_number() over (order by id) as n from workgroup where name like 'Bench Workgroup %')
insert into workgroup_membership (workgroup_id, person_id, role)
select w.id, p.id, case when (p.n - 1) / 50 = 0 then 'LEAD' else 'MEMBER' end
from p join w on w.n = ((p.n - 1) % 50) + 1;

insert into plan (name, description, start_date, end_date, status)
values ('Bench Plan', 'Generated for benchmarks', current_date - 400, current_date + 700, 'ACTIVE');

insert into aim (plan_id, number, title, description)
select (select id from plan where name = 'Bench Plan'), a, 'Bench aim ' || a, '' from generate_series(1, 20) a;

with a as (select id, row_number() over (order by number) as n from aim
           where plan_id = (select id from plan where name = 'Bench Plan')),
     w as (select id, row_number() over (order by id) as n from workgroup where name like 'Bench Workgroup %'),
     p as (select id, row_number() over (order by id) as n from person where email like 'bench%@example.org')
insert into action_step (aim_id, workgroup_id, assignee_id, title, description, status, percent, start_date,
                         due_date, weight, last_update_at)
select a.id, w.id, p.id, 'Bench step ' || j, 'Generated step', 'NOT_STARTED', 0, current_date - 300 + (j % 200),
       current_date - 60 + (j % 400), 1 + (j % 3), null
from generate_series(1, STEPS) j
join a on a.n = ((j - 1) % 20) + 1
join w on w.n = ((j - 1) % 50) + 1
join p on p.n = ((j - 1) % 50) + 1 + 50 * (((j - 1) / 50) % 40);

-- ten updates a step over the last ten months; every tenth step ends completed, some at risk
with s as (select st.id, st.assignee_id, row_number() over (order by st.id) as rn from action_step st
           join aim a on a.id = st.aim_id where a.plan_id = (select id from plan where name = 'Bench Plan'))
insert into progress_update (step_id, author_id, recorded_at, from_status, to_status, from_percent, to_percent,
                             narrative)
select s.id, s.assignee_id, now() - make_interval(days => (300 - k * 28 - (s.rn % 20))::int),
       case when k = 1 then 'NOT_STARTED' else 'IN_PROGRESS' end,
       case when k = 10 and s.rn % 10 = 0 then 'COMPLETED'
            when k = 10 and s.rn % 17 = 0 then 'AT_RISK' else 'IN_PROGRESS' end,
       (k - 1) * 9,
       case when k = 10 and s.rn % 10 = 0 then 100 else k * 9 end,
       case when k = 10 and s.rn % 17 = 0 and s.rn % 10 <> 0 then 'Generated risk' else null end
from s cross join generate_series(1, 10) k;

update action_step st set status = u.to_status, percent = u.to_percent, last_update_at = u.recorded_at
from (select distinct on (pu.step_id) pu.step_id, pu.to_status, pu.to_percent, pu.recorded_at
      from progress_update pu join action_step s2 on s2.id = pu.step_id join aim a on a.id = s2.aim_id
      where a.plan_id = (select id from plan where name = 'Bench Plan')
      order by pu.step_id, pu.recorded_at desc, pu.id desc) u
where u.step_id = st.id;

analyze;

-- every generated person chose a daily digest, so a digest run has all of them to consider whatever the
-- weekday (benchmark data: the keys come from random(), not from a secure generator as the app's do)
INSERT INTO notification_setting (person_id, digest, unsubscribe_key)
SELECT id, 'DAILY', md5(random()::text || id::text) || md5(id::text || random()::text)
FROM person WHERE email LIKE 'bench%@example.org'
ON CONFLICT (person_id) DO NOTHING;
