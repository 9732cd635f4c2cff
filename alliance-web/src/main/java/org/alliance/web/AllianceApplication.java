package org.alliance.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Alliance: the web application on which a mental-health system runs its equity and
 * inclusion plan.
 */
@SpringBootApplication(scanBasePackages = "org.alliance")
@EntityScan("org.alliance.domain")
@EnableJpaRepositories({ "org.alliance.persistence", "org.alliance.application" })
public class AllianceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AllianceApplication.class, args);
	}

}
