package org.alliance.persistence.embedded;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The run default: a real PostgreSQL started from the application itself, its data kept
 * under {@code ./data/postgres} between runs, protected by a generated password, written
 * durably and restarted if it stops ({@link EmbeddedDatabase}). Only active when no
 * {@code spring.datasource.url} is set, so production (and the tests) use the database
 * they are given.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
public class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${alliance.embedded-db.directory:./data/postgres}") String directory,
			@Value("${alliance.embedded-db.port:0}") int port) throws IOException {
		EmbeddedDatabase database = new EmbeddedDatabase(Path.of(directory), port);
		log.info("Embedded PostgreSQL on port {} with data in {} (password in {})", database.port(),
				Path.of(directory).toAbsolutePath(), EmbeddedDatabase.passwordFile(Path.of(directory)));
		return database;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.user());
		dataSource.setPassword(database.password());
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("alliance-embedded");
		dataSource.setConnectionTimeout(3000);
		// as for an external database (application.properties): nothing waits for ever
		dataSource.addDataSourceProperty("socketTimeout", "60");
		dataSource.addDataSourceProperty("options", "-c statement_timeout=60000");
		return dataSource;
	}

	/** Starts the embedded server again if its process dies; the pool then reconnects. */
	@Bean
	EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(EmbeddedDatabase database) {
		return new EmbeddedDatabaseWatchdog(database);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !ExternalDatabase.isConfigured(context.getEnvironment());
		}

	}

}
