package org.alliance.application;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Boots the persistence layer under the application's read side for its database tests
 * (each test imports the read classes it checks).
 */
@SpringBootApplication
@EntityScan("org.alliance.domain")
@EnableJpaRepositories({ "org.alliance.persistence", "org.alliance.application" })
class ApplicationTestApplication {

}
