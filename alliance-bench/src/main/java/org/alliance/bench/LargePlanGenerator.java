package org.alliance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the large benchmark plan (50 workgroups, 2,000 people, 20 aims, 20,000 steps,
 * 200,000 updates; {@code alliance.large-plan.scale=5}: 100,000 steps, 1,000,000 updates)
 * when {@code alliance.large-plan.enabled=true} and it is not there yet. Data only: the
 * application treats it like any other plan.
 */
@Component
@Order(100)
class LargePlanGenerator implements ApplicationRunner {

	private static final int STEPS_AT_SCALE_ONE = 20_000;

	private static final Logger log = LoggerFactory.getLogger(LargePlanGenerator.class);

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	private final boolean enabled;

	private final int scale;

	LargePlanGenerator(JdbcTemplate jdbc, PasswordEncoder passwordEncoder,
			@Value("${alliance.large-plan.enabled:false}") boolean enabled,
			@Value("${alliance.large-plan.scale:1}") int scale) {
		this.scale = scale;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from plan where name = 'Bench Plan'",
				Integer.class);
		if (existing != null && existing > 0) {
			log.info("Large plan ready (already there)");
			return;
		}
		long started = System.nanoTime();
		// a bulk load runs longer than the app's statement timeout allows a page
		this.jdbc.execute("set local statement_timeout = 0");
		String hash = this.passwordEncoder.encode("alliance-demo");
		String script;
		try {
			script = new ClassPathResource("bench/large-plan.sql").getContentAsString(StandardCharsets.UTF_8)
				.replace("STEPS", String.valueOf(STEPS_AT_SCALE_ONE * this.scale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String statement : script.split(";\\s*\\n")) {
			String sql = statement.lines().filter((l) -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
			if (sql.isBlank()) {
				continue;
			}
			if (sql.contains("?")) {
				this.jdbc.update(sql, hash);
			}
			else {
				this.jdbc.update(sql);
			}
		}
		log.info("Large plan ready: {} steps generated in {} s", STEPS_AT_SCALE_ONE * this.scale,
				(System.nanoTime() - started) / 1_000_000_000);
	}

}
