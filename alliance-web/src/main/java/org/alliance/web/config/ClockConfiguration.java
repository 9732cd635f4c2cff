package org.alliance.web.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for "today" and "now", in the organisation's time zone, so dates are
 * consistent.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${alliance.zone:}") String zone) {
		return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
	}

}
