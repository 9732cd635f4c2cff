package org.alliance.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Many people saving the same version of a step at the same moment: exactly one wins,
 * nobody is lost silently.
 */
class ConcurrentUpdatesTest extends WebTestSupport {

	@Test
	void ofManySimultaneousUpdatesToOneVersionExactlyOneIsAcceptedAndTheRestSeeAConflict() throws Exception {
		int editors = 8;
		Person lead = this.fixtures.staff();
		List<Person> members = new ArrayList<>();
		for (int i = 0; i < editors; i++) {
			members.add(this.fixtures.staff());
		}
		Workgroup workgroup = this.fixtures.workgroup(lead, members.toArray(Person[]::new));
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		ActionStep step = this.fixtures.step(aim, workgroup);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(editors);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < editors; i++) {
			Person member = members.get(i);
			int percent = 10 + i;
			Callable<Integer> post = () -> {
				start.await();
				return this.mvc
					.perform(post("/action-steps/{id}/updates", step.getId()).param("status", "IN_PROGRESS")
						.param("percent", String.valueOf(percent))
						.param("narrative", "editor " + percent)
						.param("version", "0")
						.with(csrf())
						.with(as(member)))
					.andReturn()
					.getResponse()
					.getStatus();
			};
			results.add(pool.submit(post));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();

		assertThat(statuses).filteredOn((s) -> s == 302).hasSize(1);
		assertThat(statuses).filteredOn((s) -> s == 409).hasSize(editors - 1);
		assertThat(this.fixtures.historySize(step)).isEqualTo(1);
		ActionStep saved = this.fixtures.reload(step);
		assertThat(saved.getVersion()).isEqualTo(1);
		assertThat(saved.getPercent()).isBetween(10, 10 + editors - 1);
	}

}
