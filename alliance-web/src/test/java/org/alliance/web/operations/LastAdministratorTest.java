package org.alliance.web.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliance.application.person.PersonService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "At least one enabled administrator" holds under concurrency: on a database with two
 * administrators, each demoting (or disabling) the other at the same moment leaves one.
 */
@Tag("database")
@SpringBootTest(properties = "alliance.demo.enabled=false")
class LastAdministratorTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, "last_administrator_test");
	}

	@Autowired
	PersonService service;

	@Autowired
	PersonRepository people;

	@Test
	void twoAdministratorsDemotingOrDisablingEachOtherAtOnceLeaveOne() throws Exception {
		for (int round = 0; round < 10; round++) {
			Person first = admin("first-" + round);
			Person second = admin("second-" + round);
			// the only enabled administrators are these two
			this.people.findAll()
				.stream()
				.filter((p) -> p.getRole() == SystemRole.ADMIN && p.isEnabled())
				.filter((p) -> !p.getId().equals(first.getId()) && !p.getId().equals(second.getId()))
				.forEach((p) -> {
					p.disable();
					this.people.save(p);
				});
			boolean disable = round % 2 == 1;
			List<Throwable> refused = race(() -> act(disable, second.getId(), first.getId()),
					() -> act(disable, first.getId(), second.getId()));
			assertThat(refused).as("round %d: exactly one change refused", round).hasSize(1);
			assertThat(refused.get(0)).isInstanceOf(DomainRuleException.class).hasMessage("person.lastAdministrator");
			long left = this.people.findAll()
				.stream()
				.filter((p) -> p.getRole() == SystemRole.ADMIN && p.isEnabled())
				.count();
			assertThat(left).as("round %d: enabled administrators left", round).isEqualTo(1);
		}
	}

	private Void act(boolean disable, Long target, Long actor) {
		if (disable) {
			this.service.setEnabled(target, false, actor);
		}
		else {
			this.service.changeRole(target, SystemRole.STAFF, actor);
		}
		return null;
	}

	private static List<Throwable> race(Callable<Void> one, Callable<Void> other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Void>> results = new ArrayList<>();
			for (Callable<Void> action : List.of(one, other)) {
				results.add(pool.submit(() -> {
					start.await();
					return action.call();
				}));
			}
			List<Throwable> refused = new ArrayList<>();
			for (Future<Void> result : results) {
				try {
					result.get();
				}
				catch (ExecutionException ex) {
					refused.add(ex.getCause());
				}
			}
			return refused;
		}
		finally {
			pool.shutdown();
		}
	}

	private Person admin(String tag) {
		return this.people.save(new Person(tag + "-" + System.nanoTime() + "@example.org", "Admin " + tag,
				"{noop}unused password here", SystemRole.ADMIN, Instant.now()));
	}

}
