package org.alliance.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** Boots just the persistence layer for repository tests. */
@SpringBootApplication
@EntityScan("org.alliance.domain")
class PersistenceTestApplication {

}
